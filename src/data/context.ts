import type {LonLat} from '../geo/arcs';
import type {FilterState} from '../state/appState';
import type {Dataset} from './dataset';
import type {Link, Place} from './model';
import {createSearchIndex, type SearchEntry} from './search';
import {getFacetCounts, getPartnerCountries, getPlacePositions, type RegionLabel} from './selectors';
import {createFilterIndex, type Filtered} from './filterIndex';
import {createViewSelector} from './viewModel';

/** What a node on the map needs to be named and drawn. */
export type NodeInfo = Pick<Place, 'kind' | 'nameEn' | 'nameRu' | 'country'>;

/** A loaded dataset with everything derived from it once: positions, selectors, search. */
export interface DataContext {
  links: readonly Link[];
  places: ReadonlyMap<string, Place>;
  /** The dataset's places, then the regions and countries it does not list. */
  nodes: ReadonlyMap<string, NodeInfo>;
  positions: ReadonlyMap<string, LonLat>;
  getView: ReturnType<typeof createViewSelector>;
  /** The links a filter keeps, with each facet's counts and the timeline's. */
  filtered: (f: FilterState) => Filtered;
  /** Built at the first search, not while the first view loads. */
  readonly searchIndex: SearchEntry[];
  linkCount: ReadonlyMap<string, number>;
  yearExtent: [number, number];
  partnerCountries: string[];
}

/**
 * Derives the context of a dataset.
 * @param labels - label points of regions and countries, where places without coordinates sit.
 */
export function createDataContext(
  data: Pick<Dataset, 'links' | 'places'>,
  labels: ReadonlyMap<string, RegionLabel>,
  currentYear: number,
): DataContext {
  const {links, places} = data;
  const nodes = new Map<string, NodeInfo>(places);
  for (const l of labels.values())
    if (!nodes.has(l.id))
      nodes.set(l.id, {
        kind: l.id === l.country ? 'country' : 'region',
        nameEn: l.nameEn,
        nameRu: l.nameRu,
        country: l.country,
      });
  const linkCount = new Map<string, number>();
  for (const l of links) for (const id of [l.from, l.to]) linkCount.set(id, (linkCount.get(id) ?? 0) + 1);
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of links)
    if (l.year != null) {
      lo = Math.min(lo, l.year);
      hi = Math.max(hi, l.year);
    }
  const partnersOf = (l: Link) => getPartnerCountries(l, places);
  const filtered = createFilterIndex(links, places, partnersOf);
  let searchIndex: SearchEntry[] | null = null;
  const positions = getPlacePositions(places, labels);
  return {
    links,
    places,
    nodes,
    positions,
    getView: createViewSelector(links, filtered, places, positions),
    filtered,
    get searchIndex() {
      return (searchIndex ??= createSearchIndex(places.values(), (id) => linkCount.get(id) ?? 0));
    },
    linkCount,
    yearExtent: Number.isFinite(lo) ? [lo, hi] : [currentYear - 20, currentYear],
    partnerCountries: [...getFacetCounts(links, partnersOf).keys()],
  };
}
