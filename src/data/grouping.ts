import {mercatorY, type LonLat} from '../geo/arcs';
import {countEndNumbers, type LinkEnds} from './selectors';

/** Pixels within which places of one country are drawn as one in a dense view. */
export const GROUP_RADIUS = 32;

/** Ends of the links with nearby places drawn as one, and who is in each such group. */
export interface EndGroups {
  /** The ends with each place replaced by the first place of its group (same `ids`). */
  ends: LinkEnds;
  /** The places of each group of more than one, by its first place, which comes first. */
  members: Map<string, string[]>;
}

/**
 * Distinct pairs of different ends among the links in view, counted up to `limit + 1`: whether
 * a view is dense is known without aggregating it.
 */
export function countPairs(indices: ArrayLike<number>, ends: LinkEnds, limit: number): number {
  const seen = new Set<number>();
  const n = ends.ids.length;
  for (let k = 0; k < indices.length && seen.size <= limit; k++) {
    const i = indices[k] ?? 0;
    const a = ends.from[i] ?? -1;
    const b = ends.to[i] ?? -1;
    if (a !== b) seen.add(a * n + b);
  }
  return seen.size;
}

/**
 * Groups the places in view that lie within `radius` pixels of each other at a zoom, within one
 * country. Places are taken by links in view, most first: each place not yet in a group starts one
 * and takes every place of its country within the radius not yet in one. So the best-linked place
 * of a group names it, and the groups stay put while the view's links change little.
 * @param indices - the links in view, as indices into the dataset `ends` was made of.
 * @param countryOf - the country of a place, by id; places of `apart` are never grouped.
 */
export function groupNearbyEnds(
  indices: ArrayLike<number>,
  ends: LinkEnds,
  positions: ReadonlyMap<string, LonLat>,
  countryOf: (id: string) => string,
  zoom: number,
  apart = '',
  radius = GROUP_RADIUS,
): EndGroups {
  const {ids} = ends;
  const n = ids.length;
  const {counts} = countEndNumbers(indices, ends);
  // Pixels on the map at the zoom: 512 across the world at zoom 0.
  const scale = (512 * 2 ** zoom) / 360 / radius;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const cells = new Map<string, number[]>();
  const order: number[] = [];
  for (let e = 0; e < n; e++) {
    const at = positions.get(ids[e] ?? '');
    if (!counts[e] || !at || countryOf(ids[e] ?? '') === apart) continue;
    // In units of the radius, so that a cell of the grid is one radius wide.
    const x = (xs[e] = (at[0] + 180) * scale);
    const y = (ys[e] = (180 - mercatorY(at[1])) * scale);
    const key = `${Math.floor(x)},${Math.floor(y)}`;
    const cell = cells.get(key);
    if (cell) cell.push(e);
    else cells.set(key, [e]);
    order.push(e);
  }
  order.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || ((ids[a] ?? '') < (ids[b] ?? '') ? -1 : 1));
  const rank = new Int32Array(n);
  order.forEach((e, r) => (rank[e] = r));
  const first = Int32Array.from({length: n}, (_, e) => e);
  const taken = new Uint8Array(n);
  const members = new Map<string, string[]>();
  for (const e of order) {
    if (taken[e]) continue;
    taken[e] = 1;
    const x = xs[e] ?? 0;
    const y = ys[e] ?? 0;
    const country = countryOf(ids[e] ?? '');
    const group = [e];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const o of cells.get(`${Math.floor(x) + dx},${Math.floor(y) + dy}`) ?? []) {
          if (taken[o] || Math.hypot((xs[o] ?? 0) - x, (ys[o] ?? 0) - y) > 1) continue;
          if (countryOf(ids[o] ?? '') !== country) continue;
          taken[o] = 1;
          first[o] = e;
          group.push(o);
        }
    if (group.length < 2) continue;
    // The others by links in view, as the groups were started.
    group.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
    members.set(ids[e] ?? '', group.map((o) => ids[o] ?? ''));
  }
  const to = (e: number) => (e < 0 ? e : (first[e] ?? e));
  return {ends: {ids, from: ends.from.map(to), to: ends.to.map(to)}, members};
}
