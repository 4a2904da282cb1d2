import {max, quantile} from 'd3-array';
import {scaleSqrt} from 'd3-scale';
import type {FilterState, Level} from '../state/appState';
import {memoize1} from './memoize';
import type {Link} from './model';
import type {Filtered} from './filterIndex';
import {countPairs, groupNearbyEnds} from './grouping';
import type {LonLat} from '../geo/arcs';
import {
  countEnds,
  getCountryOf,
  getLevelId,
  getLinkEnds,
  getPairs,
  type LinkEnds,
  type PairAggregate,
  type PlaceIndex,
} from './selectors';

/** Width range of arcs in pixels (at zoom 6). */
export const ARC_WIDTH: [number, number] = [1.5, 12];
/**
 * Arcs in view beyond which the widest arc narrows (by the square root of the excess), so a dense
 * view stays a web of lines rather than a solid mass, and costs less to draw.
 */
export const DENSE_ARCS = 1000;
/**
 * Pairs in view beyond which nearby places of a partner country are drawn as one: more arcs than
 * a reader can follow, and than software WebGL draws quickly.
 */
export const GROUP_PAIRS = 600;
/** Radius range of place circles in pixels. */
export const NODE_RADIUS: [number, number] = [3.5, 18];
/** Smallest top of the arc-width and circle domains when they show counts. */
export const MIN_COUNT_DOMAIN = 8;
/** Number of choropleth classes. */
export const CLASS_COUNT = 5;

/** Everything the view draws, derived from the data and the state. */
export interface ViewModel {
  links: readonly Link[];
  pairs: PairAggregate[];
  selfLoops: Link[];
  /** Links touching each node at the level (a group of nearby places: the group's). */
  nodeCounts: Map<string, number>;
  /**
   * In a dense view, places drawn as one with nearby places of their country: the places of each
   * such group, by the one it is drawn as (see `groupNearbyEnds`). Empty in other views.
   */
  groups: ReadonlyMap<string, readonly string[]>;
  /** Places the view's links touch, each place of a group counted. */
  placeCount: number;
  /** Links touching each first-level region. */
  regionCounts: Map<string, number>;
  /** Lower bounds of the choropleth classes. */
  thresholds: number[];
  /** Whether arc widths show the view's single measure rather than the number of facts. */
  valueMode: boolean;
  widthOf: (p: PairAggregate) => number;
  radiusOf: (links: number) => number;
  maxWidthInput: number;
  maxNode: number;
}

/** Lower bounds of up to `n` classes of the positive counts, by quantiles, rounded and distinct. */
export function getClassThresholds(counts: Iterable<number>, n = CLASS_COUNT): number[] {
  const values = [...counts].filter((c) => c > 0).sort((a, b) => a - b);
  if (!values.length) return [];
  const out = [1];
  for (let i = 1; i < n; i++) {
    const q = Math.ceil(quantile(values, i / n) ?? 1);
    if (q > (out.at(-1) ?? 0)) out.push(q);
  }
  return out;
}

/** The links in view and both ends of every link of the dataset, at the level and by region. */
interface ViewInput {
  view: Filtered;
  ends: LinkEnds;
  regions: LinkEnds;
  groups: ReadonlyMap<string, readonly string[]>;
}

function buildView({view, ends, regions, groups}: ViewInput): ViewModel {
  const {links, indices} = view;
  const {pairs, selfLoops, measure} = getPairs(links, indices, ends);
  const valueMode = measure !== null && pairs.every((p) => p.value != null);
  const input = (p: PairAggregate) => (valueMode ? (p.value ?? 0) : p.count);
  // Counts: a floor on the domain keeps a view of single facts thin rather than all at full width.
  const maxWidthInput = Math.max(valueMode ? 1 : MIN_COUNT_DOMAIN, max(pairs, input) ?? 0);
  const density = Math.min(1, Math.sqrt(DENSE_ARCS / Math.max(1, pairs.length)));
  const top = Math.max(ARC_WIDTH[0] * 2, ARC_WIDTH[1] * density);
  const width = scaleSqrt().domain([0, maxWidthInput]).range([ARC_WIDTH[0] * 0.6, top]);
  const nodeCounts = countEnds(indices, ends);
  const maxNode = Math.max(MIN_COUNT_DOMAIN, max(nodeCounts.values()) ?? 0);
  const radius = scaleSqrt().domain([0, maxNode]).range([NODE_RADIUS[0] * 0.5, NODE_RADIUS[1]]);
  const regionCounts = countEnds(indices, regions);
  let placeCount = nodeCounts.size;
  for (const g of groups.values()) placeCount += g.length - 1;
  return {
    links,
    pairs,
    selfLoops,
    nodeCounts,
    groups,
    placeCount,
    regionCounts,
    thresholds: getClassThresholds(regionCounts.values()),
    valueMode,
    widthOf: (p) => Math.max(ARC_WIDTH[0], width(input(p))),
    radiusOf: (n) => Math.max(NODE_RADIUS[0], radius(n)),
    maxWidthInput,
    maxNode,
  };
}

const NO_GROUPS = new Map<string, string[]>();
/** The country whose links the map shows: its places are drawn apart in every view. */
const HOME = 'BY';

/**
 * Creates the view's selector: the filter's links (see `createFilterIndex`), then pairs, counts
 * and scales, memoized so an unchanged filter, level and zoom give the very same output object.
 * Each link's ends at a level are found once, the first time the level is shown. A view of more
 * than `GROUP_PAIRS` pairs, given the map's whole zoom, draws nearby places of a partner country as
 * one (`groupNearbyEnds`), except between countries or around a chosen place.
 */
export function createViewSelector(
  links: readonly Link[],
  filtered: (f: FilterState) => Filtered,
  places: PlaceIndex,
  positions: ReadonlyMap<string, LonLat>,
) {
  const endsAt = new Map<Level, LinkEnds>();
  const regions = memoize1(() => getLinkEnds(links, (id) => places.get(id)?.region));
  const group = memoize1((view: Filtered, ends: LinkEnds, zoom: number) =>
    countPairs(view.indices, ends, GROUP_PAIRS) > GROUP_PAIRS
      ? groupNearbyEnds(view.indices, ends, positions, (id) => getCountryOf(id, places), zoom, HOME)
      : null,
  );
  const build = memoize1(
    (view: Filtered, ends: LinkEnds, groups: ReadonlyMap<string, readonly string[]>) =>
      buildView({view, ends, regions: regions(), groups}),
  );
  return (filter: FilterState, level: Level, zoom: number | null = null): ViewModel => {
    let ends = endsAt.get(level);
    if (!ends) {
      ends = getLinkEnds(links, (id) => getLevelId(id, level, places));
      endsAt.set(level, ends);
    }
    const view = filtered(filter);
    const grouped =
      zoom == null || level === 'country' || filter.place ? null : group(view, ends, zoom);
    return build(view, grouped?.ends ?? ends, grouped?.members ?? NO_GROUPS);
  };
}
