import type {FilterState} from '../state/appState';
import {LINK_TYPES, SECTORS, STATUSES, type Link, type LinkType} from './model';
import {createIdNumbers, getActiveUntil, getCountryOf, isWithin, type PlaceIndex} from './selectors';

/** Facets whose values are counted in the filter panel. */
export type CountedFacet = 'types' | 'sectors' | 'countries' | 'statuses';

/** The links a filter keeps, with the counts the filter panel and the timeline show. */
export interface Filtered {
  /** Links passing every filter, in the dataset's order. */
  links: readonly Link[];
  /** Where each of `links` is in the dataset. */
  indices: Uint32Array;
  /** Per facet, how many links each value has among those passing every other filter. */
  counts: Record<CountedFacet, Map<string, number>>;
  /** Dated links per year and type among those passing every filter but the year range. */
  years: Map<number, Partial<Record<LinkType, number>>>;
}

// A bit per filter a link can fail. Undated links left out by `undated: false` fail UNDATED, which
// no facet's counts leave out (the timeline has no place for them either).
const UNDATED = 1;
const YEARS = 2;
const SECTOR = 4;
const COUNTRY = 8;
const TYPE = 16;
const STATUS = 32;
const PLACE = 64;

const increment = (counts: Int32Array, k: number) => {
  counts[k] = (counts[k] ?? 0) + 1;
};

/** The values whose count is above 0, with their counts. */
const counted = <T>(values: readonly T[], counts: Int32Array): [T, number][] =>
  values.flatMap((v, k) => ((counts[k] ?? 0) > 0 ? [[v, counts[k] ?? 0] as [T, number]] : []));

const bitsOf = <T extends string>(all: readonly T[], chosen: readonly T[]) =>
  chosen.reduce((m, v) => (all.indexOf(v) >= 0 ? m | (1 << all.indexOf(v)) : m), 0);

/**
 * Creates the filter of a dataset: what every link needs to be tested is laid out once in typed
 * arrays, and each filter is then one pass over the links that yields the links in view and every
 * facet's counts together. The same filter (by value) gives the very same result object.
 * @param partnersOf - the partner countries of a link, counted in the countries facet.
 */
export function createFilterIndex(
  links: readonly Link[],
  places: PlaceIndex,
  partnersOf: (l: Link) => readonly string[],
): (f: FilterState) => Filtered {
  const n = links.length;
  const year = new Float64Array(n);
  const until = new Float64Array(n);
  const type = new Uint8Array(n);
  const status = new Uint8Array(n);
  const sectors = new Uint32Array(n);
  const fromCountry: string[] = [];
  const toCountry: string[] = [];
  // Each link's partner countries, as indices into `partnerIds`: links[i]'s are
  // partnerList[partnerStart[i]] up to partnerList[partnerStart[i + 1]].
  const {ids: partnerIds, numberOf: partnerNumber} = createIdNumbers();
  const partnerStart = new Uint32Array(n + 1);
  const partnerList: number[] = [];
  let firstYear = Infinity;
  let lastYear = -Infinity;
  links.forEach((l, i) => {
    year[i] = l.year ?? NaN;
    until[i] = l.year == null ? NaN : getActiveUntil(l, l.year);
    type[i] = LINK_TYPES.indexOf(l.type);
    status[i] = STATUSES.indexOf(l.status);
    sectors[i] = bitsOf(SECTORS, l.sectors);
    fromCountry.push(getCountryOf(l.from, places));
    toCountry.push(getCountryOf(l.to, places));
    partnerStart[i] = partnerList.length;
    for (const c of new Set(partnersOf(l))) partnerList.push(partnerNumber(c));
    if (l.year != null) {
      firstYear = Math.min(firstYear, l.year);
      lastYear = Math.max(lastYear, l.year);
    }
  });
  partnerStart[n] = partnerList.length;
  const yearCount = lastYear >= firstYear ? lastYear - firstYear + 1 : 0;
  let lastKey = '';
  let last: Filtered | null = null;
  return (f) => {
    const key = JSON.stringify(f);
    if (last && key === lastKey) return last;
    const years = f.years;
    const sectorBits = bitsOf(SECTORS, f.sectors);
    const typeBits = bitsOf(LINK_TYPES, f.types);
    const statusBits = bitsOf(STATUSES, f.statuses);
    const countries = f.countries.length ? new Set(f.countries) : null;
    // Counts by the index of their value, turned into maps of the values counted once done.
    const typeCounts = new Int32Array(LINK_TYPES.length);
    const statusCounts = new Int32Array(STATUSES.length);
    const sectorCounts = new Int32Array(SECTORS.length);
    const partnerCounts = new Int32Array(partnerIds.length);
    const yearCounts = new Int32Array(yearCount * LINK_TYPES.length);
    const out: Link[] = [];
    const kept = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const l = links[i] as Link;
      const y = year[i] ?? NaN;
      const t = type[i] ?? 0;
      let fail = 0;
      if (Number.isNaN(y)) {
        if (!f.undated) fail |= UNDATED;
      } else if (years && (y > years[1] || (until[i] ?? y) < years[0])) fail |= YEARS;
      if (sectorBits && !((sectors[i] ?? 0) & sectorBits)) fail |= SECTOR;
      if (countries && !countries.has(fromCountry[i] ?? '') && !countries.has(toCountry[i] ?? ''))
        fail |= COUNTRY;
      if (typeBits && !((typeBits >> t) & 1)) fail |= TYPE;
      if (statusBits && !((statusBits >> (status[i] ?? 0)) & 1)) fail |= STATUS;
      if (f.place && !isWithin(l.from, f.place, places) && !isWithin(l.to, f.place, places))
        fail |= PLACE;
      // Only a link failing no filter but (at most) a facet's own counts in that facet.
      if (fail & (fail - 1)) continue;
      if (!(fail & ~YEARS) && !Number.isNaN(y)) increment(yearCounts, (y - firstYear) * LINK_TYPES.length + t);
      if (!(fail & ~TYPE)) increment(typeCounts, t);
      if (!(fail & ~STATUS)) increment(statusCounts, status[i] ?? 0);
      if (!(fail & ~SECTOR))
        for (let b = sectors[i] ?? 0; b; b &= b - 1) increment(sectorCounts, 31 - Math.clz32(b & -b));
      if (!(fail & ~COUNTRY))
        for (let k = partnerStart[i] ?? 0; k < (partnerStart[i + 1] ?? 0); k++)
          increment(partnerCounts, partnerList[k] ?? 0);
      if (!fail) {
        kept[out.length] = i;
        out.push(l);
      }
    }
    const bins = new Map<number, Partial<Record<LinkType, number>>>();
    for (let y = 0; y < yearCount; y++) {
      const row = yearCounts.subarray(y * LINK_TYPES.length, (y + 1) * LINK_TYPES.length);
      if (row.some((c) => c > 0)) bins.set(firstYear + y, Object.fromEntries(counted(LINK_TYPES, row)));
    }
    last = {
      links: out,
      indices: kept.slice(0, out.length),
      counts: {
        types: new Map(counted(LINK_TYPES, typeCounts)),
        sectors: new Map(counted(SECTORS, sectorCounts)),
        countries: new Map(counted(partnerIds, partnerCounts)),
        statuses: new Map(counted(STATUSES, statusCounts)),
      },
      years: bins,
    };
    lastKey = key;
    return last;
  };
}
