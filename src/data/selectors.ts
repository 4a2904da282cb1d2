import type {LonLat} from '../geo/arcs';
import type {FilterState, Level} from '../state/appState';
import {memoize1} from './memoize';
import {LINK_TYPES, type Link, type LinkType, type Place, type Sector, type Status} from './model';

/** A region's label point and names, as the boundaries file gives them. */
export interface RegionLabel {
  id: string;
  nameEn: string;
  nameRu: string;
  country: string;
  lon: number;
  lat: number;
}

/** Places by id. */
export type PlaceIndex = ReadonlyMap<string, Place>;

/**
 * Where each place is drawn: its own coordinates, or else its region's label point.
 * Places with neither are left out.
 */
export function getPlacePositions(
  places: PlaceIndex,
  labels: ReadonlyMap<string, RegionLabel>,
): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const l of labels.values()) out.set(l.id, [l.lon, l.lat]);
  for (const p of places.values()) {
    if (p.lon != null && p.lat != null) out.set(p.id, [p.lon, p.lat]);
  }
  return out;
}

/** Ids of the places the given links touch, in first-seen order. */
export function getLinkedPlaceIds(links: readonly Link[]): string[] {
  const ids = new Set<string>();
  for (const l of links) {
    ids.add(l.from);
    ids.add(l.to);
  }
  return [...ids];
}

/**
 * The years a link is in force: from `year` to `until`; a twinning without `until` stays in force
 * from its year on, any other link without `until` holds in its year only. Null when undated.
 */
export function getActiveYears(link: Link): [number, number] | null {
  if (link.year == null) return null;
  return [link.year, getActiveUntil(link, link.year)];
}

/** The last year in force of a link dated `year` (see `getActiveYears`). */
export function getActiveUntil(link: Link, year: number): number {
  return link.until ?? (link.type === 'twinning' ? Infinity : year);
}

/** Links whose years in force meet the range; undated links stay unless `undated` is false. */
export function getLinksInYears(
  links: readonly Link[],
  years: [number, number] | null,
  undated: boolean,
): readonly Link[] {
  if (!years && undated) return links;
  // Without getActiveYears' pair: this runs over every link at each change of the filter.
  return links.filter((l) => {
    if (l.year == null) return undated;
    return !years || (l.year <= years[1] && getActiveUntil(l, l.year) >= years[0]);
  });
}

/** Links with any of the chosen sectors; an empty choice keeps all. */
export function getLinksForSectors(links: readonly Link[], sectors: readonly Sector[]): readonly Link[] {
  if (!sectors.length) return links;
  return links.filter((l) => l.sectors.some((s) => sectors.includes(s)));
}

/** Links of the chosen types; an empty choice keeps all. */
export function getLinksForTypes(links: readonly Link[], types: readonly LinkType[]): readonly Link[] {
  if (!types.length) return links;
  return links.filter((l) => types.includes(l.type));
}

/** Links with the chosen statuses; an empty choice keeps all. */
export function getLinksForStatuses(
  links: readonly Link[],
  statuses: readonly Status[],
): readonly Link[] {
  if (!statuses.length) return links;
  return links.filter((l) => statuses.includes(l.status));
}

/** The country a place lies in (a country: itself). */
export function getCountryOf(id: string, places: PlaceIndex): string {
  return places.get(id)?.country ?? id.slice(0, 2);
}

/** Links either of whose places lies in a chosen country; an empty choice keeps all. */
export function getLinksForCountries(
  links: readonly Link[],
  countries: readonly string[],
  places: PlaceIndex,
): readonly Link[] {
  if (!countries.length) return links;
  return links.filter(
    (l) =>
      countries.includes(getCountryOf(l.from, places)) ||
      countries.includes(getCountryOf(l.to, places)),
  );
}

/** Whether place `id` is `target` or lies inside it (in its region or country). */
export function isWithin(id: string, target: string, places: PlaceIndex): boolean {
  if (id === target) return true;
  const p = places.get(id);
  return !!p && (p.region === target || p.country === target);
}

/** Links touching the place or a place inside it; null keeps all. */
export function getLinksForPlace(
  links: readonly Link[],
  place: string | null,
  places: PlaceIndex,
): readonly Link[] {
  if (!place) return links;
  return links.filter((l) => isWithin(l.from, place, places) || isWithin(l.to, place, places));
}

/** Filter keys a faceted count can leave out. */
export type FacetKey = 'years' | 'sectors' | 'countries' | 'types' | 'statuses' | 'place';

/**
 * Creates the memoized filter chain: years → sectors → countries → types → statuses → place.
 * Each step re-runs only when its input or its own filter value changed.
 * @param skip - a filter to leave out, for counts that show what choosing its values would give.
 */
export function createFilterChain(skip?: FacetKey) {
  const byYears = memoize1(getLinksInYears);
  const bySectors = memoize1(getLinksForSectors);
  const byCountries = memoize1(getLinksForCountries);
  const byTypes = memoize1(getLinksForTypes);
  const byStatuses = memoize1(getLinksForStatuses);
  const byPlace = memoize1(getLinksForPlace);
  return (links: readonly Link[], f: FilterState, places: PlaceIndex): readonly Link[] => {
    let out = byYears(links, skip === 'years' ? null : f.years, f.undated);
    out = bySectors(out, skip === 'sectors' ? NONE : f.sectors);
    out = byCountries(out, skip === 'countries' ? NONE : f.countries, places);
    out = byTypes(out, skip === 'types' ? NONE : f.types);
    out = byStatuses(out, skip === 'statuses' ? NONE : f.statuses);
    return byPlace(out, skip === 'place' ? null : f.place, places);
  };
}

const NONE: never[] = [];

/** The id a place rolls up to at a level: itself, its first-level region, or its country. */
export function getLevelId(id: string, level: Level, places: PlaceIndex): string {
  if (level === 'city') return id;
  const p = places.get(id);
  if (!p) return id;
  if (level === 'country') return p.country;
  return p.kind === 'country' ? p.id : (p.region ?? p.id);
}

/**
 * Both ends of every link of a dataset as numbers, indices into `ids`, or -1 where a place has
 * none: counting and pairing then compare numbers, not strings.
 */
export interface LinkEnds {
  ids: string[];
  from: Int32Array;
  to: Int32Array;
}

/** Numbers for ids, in the order they are first asked for: `ids[numberOf(id)]` is `id`. */
export function createIdNumbers(): {ids: string[]; numberOf(id: string): number} {
  const ids: string[] = [];
  const numbers = new Map<string, number>();
  return {
    ids,
    numberOf(id) {
      let i = numbers.get(id);
      if (i === undefined) {
        i = ids.push(id) - 1;
        numbers.set(id, i);
      }
      return i;
    },
  };
}

/** The ends of `links` as `idOf` names them (e.g. at a level, or their regions). */
export function getLinkEnds(
  links: readonly Link[],
  idOf: (placeId: string) => string | null | undefined,
): LinkEnds {
  const {ids, numberOf} = createIdNumbers();
  const at = (placeId: string): number => {
    const id = idOf(placeId);
    return id == null ? -1 : numberOf(id);
  };
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  links.forEach((l, i) => {
    from[i] = at(l.from);
    to[i] = at(l.to);
  });
  return {ids, from, to};
}

/**
 * Links touching each end (once per link, even when both ends are one), in the order the links
 * first reach them; links without an end there are not counted there.
 * @param indices - the links in view, as indices into the dataset `ends` was made of.
 */
export function countEnds(indices: ArrayLike<number>, ends: LinkEnds): Map<string, number> {
  const {counts, order} = countEndNumbers(indices, ends);
  return new Map(order.map((e) => [ends.ids[e] ?? '', counts[e] ?? 0]));
}

/**
 * Links touching each end as `countEnds` counts them, by the end's number in `ends.ids`, and the
 * numbers in the order the links first reach them.
 */
export function countEndNumbers(
  indices: ArrayLike<number>,
  ends: LinkEnds,
): {counts: Int32Array; order: number[]} {
  const counts = new Int32Array(ends.ids.length);
  const order: number[] = [];
  const add = (e: number) => {
    if (e < 0) return;
    const c = counts[e] ?? 0;
    if (c === 0) order.push(e);
    counts[e] = c + 1;
  };
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] ?? 0;
    const a = ends.from[i] ?? -1;
    const b = ends.to[i] ?? -1;
    add(a);
    if (b !== a) add(b);
  }
  return {counts, order};
}

/** Facts between one pair of places, combined into one arc. */
export interface PairAggregate {
  key: string;
  from: string;
  to: string;
  links: Link[];
  count: number;
  /** Latest figure of the view's single measure, or null when the view mixes measures. */
  value: number | null;
  /** Type of most of the pair's facts (ties: the earlier type in the legend). */
  type: LinkType;
  /** Whether any fact has a direction (supply, export, import), drawn with an arrowhead. */
  directed: boolean;
  /** Whether every fact is a twinning or agreement, drawn dashed. */
  undirected: boolean;
}

/** Pairs of the view, the links whose two ends rolled up to one place, and the view's measure. */
export interface PairSet {
  pairs: PairAggregate[];
  selfLoops: Link[];
  /** The links' single measure (see `getSingleMeasure`), which the pairs' values are of. */
  measure: string | null;
}

/** The one unit and measure shared by every figure in view, or null when they differ or none. */
export function getSingleMeasure(links: readonly Link[]): string | null {
  let found: string | null = null;
  for (const l of links) {
    if (l.value == null) continue;
    const k = `${l.unit}|${l.measure}`;
    if (found && found !== k) return null;
    found = k;
  }
  return found;
}

/** Whether a link carries a direction from `from` to `to`. */
export function isDirected(l: Link): boolean {
  return l.type === 'supply' || l.measure === 'export' || l.measure === 'import';
}

/** Each type's place in the legend. */
const TYPE_RANK = new Map<LinkType, number>(LINK_TYPES.map((t, i) => [t, i]));

/**
 * Combines the links into one aggregate per ordered pair of their ends, biggest first. Pairs whose
 * two ends are one place are counted apart as self-loops.
 * @param links - the links in view; `indices` gives each one's place in the dataset of `ends`.
 */
export function getPairs(
  links: readonly Link[],
  indices: ArrayLike<number>,
  ends: LinkEnds,
): PairSet {
  const measure = getSingleMeasure(links);
  const byKey = new Map<number, PairAggregate>();
  const selfLoops: Link[] = [];
  const n = ends.ids.length;
  links.forEach((l, k) => {
    const i = indices[k] ?? 0;
    const a = ends.from[i] ?? -1;
    const b = ends.to[i] ?? -1;
    if (a === b) {
      selfLoops.push(l);
      return;
    }
    const key = a * n + b;
    let p = byKey.get(key);
    if (!p) {
      const from = ends.ids[a] ?? '';
      const to = ends.ids[b] ?? '';
      p = {
        key: `${from}>${to}`,
        from,
        to,
        links: [],
        count: 0,
        value: null,
        type: l.type,
        directed: false,
        undirected: true,
      };
      byKey.set(key, p);
    }
    p.links.push(l);
    p.count++;
    if (isDirected(l)) p.directed = true;
    if (l.type !== 'twinning' && l.type !== 'agreement') p.undirected = false;
  });
  for (const p of byKey.values()) {
    const tally = LINK_TYPES.map(() => 0);
    for (const l of p.links) {
      const r = TYPE_RANK.get(l.type) ?? 0;
      tally[r] = (tally[r] ?? 0) + 1;
    }
    // The most frequent type; of types as frequent, the one earlier in the legend.
    let best = 0;
    tally.forEach((n, i) => {
      if (n > (tally[best] ?? 0)) best = i;
    });
    p.type = LINK_TYPES[best] ?? p.type;
    if (measure) {
      const dated = p.links.filter((l) => l.value != null);
      let latest = -Infinity;
      for (const l of dated) latest = Math.max(latest, l.year ?? -Infinity);
      const current = dated.filter((l) => (l.year ?? -Infinity) === latest);
      p.value = current.length ? current.reduce((s, l) => s + (l.value ?? 0), 0) : null;
    }
  }
  // Biggest first; the map draws them in reverse so big arcs paint last, on top.
  const pairs = [...byKey.values()].sort(
    (a, b) => (b.value ?? 0) - (a.value ?? 0) || b.count - a.count || (a.key < b.key ? -1 : 1),
  );
  return {pairs, selfLoops, measure};
}

/** Count of links per value of a facet, e.g. per sector or per partner country. */
export function getFacetCounts<K extends string>(
  links: readonly Link[],
  keysOf: (l: Link) => readonly K[],
): Map<K, number> {
  const out = new Map<K, number>();
  for (const l of links) {
    const keys = keysOf(l);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as K;
      // A key listed twice for one link counts once.
      if (i > 0 && keys.indexOf(k) < i) continue;
      out.set(k, (out.get(k) ?? 0) + 1);
    }
  }
  return out;
}

/** The non-Belarusian countries of a link's places (Belarus itself when both are Belarusian). */
export function getPartnerCountries(l: Link, places: PlaceIndex): string[] {
  const a = getCountryOf(l.from, places);
  const b = getCountryOf(l.to, places);
  const partners = [a, b].filter((c) => c !== 'BY');
  return partners.length ? [...new Set(partners)] : ['BY'];
}
