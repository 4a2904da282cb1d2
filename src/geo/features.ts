import {LINK_TYPES, type Place} from '../data/model';
import type {PairAggregate} from '../data/selectors';
import type {LonLat} from './arcs';

/** Properties of a place node. */
export interface PlaceProperties {
  id: string;
  kind: Place['kind'];
  name_en: string;
  name_ru: string;
  belarus: boolean;
  links: number;
  radius: number;
}

/**
 * The arcs of the pairs in view as flat arrays, one entry per arc in paint order (smallest first,
 * so the biggest lie on top), ready for a GPU buffer: the map computes each curve from its ends.
 */
export interface ArcInstances {
  length: number;
  /** Whether the arcs are those of a dense view, whose nearby places are drawn as one. */
  dense: boolean;
  /** Pair key of each arc. */
  keys: string[];
  /** Facts behind each arc. */
  counts: number[];
  /** Longitude and latitude of both ends: four numbers an arc. */
  ends: Float32Array;
  /** Stroke width in pixels at zoom 6. */
  widths: Float32Array;
  /** Index of the arc's type in `LINK_TYPES`. */
  types: Uint8Array;
  /** `ARC_DASHED` for twinning and agreements only, `ARC_DIRECTED` for arcs with an arrowhead. */
  flags: Uint8Array;
}

/** Flag of an arc drawn dashed. */
export const ARC_DASHED = 1;
/** Flag of an arc drawn with an arrowhead. */
export const ARC_DIRECTED = 2;

/**
 * One arc per pair whose two ends have positions and differ.
 * @param widthOf - stroke width in pixels for a pair.
 * @param dense - whether the view is dense, its nearby places grouped (see `ViewModel.groups`).
 */
export function getArcInstances(
  pairs: readonly PairAggregate[],
  positions: ReadonlyMap<string, LonLat>,
  widthOf: (p: PairAggregate) => number,
  dense = false,
): ArcInstances {
  const drawn: [PairAggregate, LonLat, LonLat][] = [];
  for (let i = pairs.length - 1; i >= 0; i--) {
    const p = pairs[i] as PairAggregate;
    const a = positions.get(p.from);
    const b = positions.get(p.to);
    if (a && b && (a[0] !== b[0] || a[1] !== b[1])) drawn.push([p, a, b]);
  }
  const n = drawn.length;
  const out: ArcInstances = {
    length: n,
    dense,
    keys: [],
    counts: [],
    ends: new Float32Array(n * 4),
    widths: new Float32Array(n),
    types: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
  drawn.forEach(([p, a, b], i) => {
    out.keys.push(p.key);
    out.counts.push(p.count);
    out.ends.set([a[0], a[1], b[0], b[1]], i * 4);
    out.widths[i] = widthOf(p);
    out.types[i] = LINK_TYPES.indexOf(p.type);
    out.flags[i] = (p.undirected ? ARC_DASHED : 0) | (p.directed ? ARC_DIRECTED : 0);
  });
  return out;
}

/** The ends of arc `i` as positions. */
export function getArcEnds(arcs: ArcInstances, i: number): [LonLat, LonLat] {
  const e = arcs.ends;
  const at = (k: number) => e[i * 4 + k] ?? 0;
  return [
    [at(0), at(1)],
    [at(2), at(3)],
  ];
}

/** A place's name with how many places nearby a dense view draws with it: "Moscow +4". */
export function nameWithGroup(name: string, group: readonly string[] | undefined): string {
  const others = (group?.length ?? 1) - 1;
  return others ? `${name} +${others}` : name;
}

/**
 * Point features for the given places with their link counts, largest drawn last.
 * @param groups - places drawn as one with others, by id: named with the others' number, "+2".
 */
export function getPlaceFeatures(
  counts: ReadonlyMap<string, number>,
  places: ReadonlyMap<string, Pick<Place, 'kind' | 'nameEn' | 'nameRu' | 'country'>>,
  positions: ReadonlyMap<string, LonLat>,
  radiusOf: (links: number) => number,
  groups: ReadonlyMap<string, readonly string[]> = new Map(),
): GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProperties> {
  const features: GeoJSON.Feature<GeoJSON.Point, PlaceProperties>[] = [];
  const sorted = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  for (const [id, links] of sorted) {
    const p = places.get(id);
    const at = positions.get(id);
    if (!at) continue;
    const group = groups.get(id);
    features.push({
      type: 'Feature',
      properties: {
        id,
        kind: p?.kind ?? 'region',
        name_en: nameWithGroup(p?.nameEn ?? id, group),
        name_ru: nameWithGroup(p?.nameRu ?? id, group),
        belarus: (p?.country ?? id.slice(0, 2)) === 'BY',
        links,
        radius: radiusOf(links),
      },
      geometry: {type: 'Point', coordinates: at},
    });
  }
  return {type: 'FeatureCollection', features};
}
