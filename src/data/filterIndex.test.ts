import {describe, expect, it} from 'vitest';
import {makeLink, makePlaces} from '../../tests/helpers/factories';
import {DEFAULT_FILTER, type FilterState} from '../state/appState';
import {createFilterIndex} from './filterIndex';
import {LINK_TYPES, SECTORS, STATUSES, type Link} from './model';
import {
  createFilterChain,
  getFacetCounts,
  getPartnerCountries,
  type FacetKey,
  type PlaceIndex,
} from './selectors';

/** A seeded generator, so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PLACES = ['BY', 'BY-VI', 'BY-VI/tolochin', 'RU', 'RU-PSK', 'RU-PSK/opochka', 'UZ', 'UZ-TK'];

function dataset(n: number, rnd: () => number): Link[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({length: n}, (_, i) => {
    const year = rnd() < 0.15 ? null : 1995 + Math.floor(rnd() * 30);
    return makeLink({
      id: `l${i}`,
      from: pick(PLACES.slice(0, 3)),
      to: pick(PLACES),
      type: pick(LINK_TYPES),
      status: pick(STATUSES),
      year,
      until: year != null && rnd() < 0.2 ? year + Math.floor(rnd() * 5) : null,
      sectors: [pick(SECTORS), pick(SECTORS)],
    });
  });
}

function randomFilter(rnd: () => number): FilterState {
  const some = <T>(xs: readonly T[]) => xs.filter(() => rnd() < 0.2);
  const y0 = 1995 + Math.floor(rnd() * 30);
  return {
    years: rnd() < 0.5 ? [y0, y0 + Math.floor(rnd() * 8)] : null,
    sectors: some(SECTORS),
    countries: some(['BY', 'RU', 'UZ']),
    types: some(LINK_TYPES),
    statuses: some(STATUSES),
    undated: rnd() < 0.7,
    place: rnd() < 0.2 ? (PLACES[Math.floor(rnd() * PLACES.length)] ?? null) : null,
  };
}

describe('createFilterIndex', () => {
  const places: PlaceIndex = makePlaces();
  const rnd = createRandom(7);
  const links = dataset(600, rnd);
  const partnersOf = (l: Link) => getPartnerCountries(l, places);
  const filtered = createFilterIndex(links, places, partnersOf);
  const chainOf = (skip?: FacetKey) => {
    const chain = createFilterChain(skip);
    return (f: FilterState) => chain(links, f, places);
  };
  const view = chainOf();
  const facets = {
    types: [chainOf('types'), (l: Link) => [l.type]],
    sectors: [chainOf('sectors'), (l: Link) => l.sectors],
    countries: [chainOf('countries'), partnersOf],
    statuses: [chainOf('statuses'), (l: Link) => [l.status]],
  } as const;
  const years = chainOf('years');

  it('keeps the links the filter chain keeps, and counts each facet as its chain would', () => {
    for (let k = 0; k < 300; k++) {
      const f = randomFilter(rnd);
      const got = filtered(f);
      expect(got.links).toEqual(view(f));
      for (const [facet, [chain, keysOf]] of Object.entries(facets))
        expect(got.counts[facet as keyof typeof facets], facet).toEqual(
          getFacetCounts(chain(f), keysOf),
        );
      const bins = new Map<number, Record<string, number>>();
      for (const l of years(f)) {
        if (l.year == null) continue;
        const b = bins.get(l.year) ?? {};
        b[l.type] = (b[l.type] ?? 0) + 1;
        bins.set(l.year, b);
      }
      expect(got.years).toEqual(bins);
    }
  });

  it('gives the very same result for an equal filter, and keeps every link by default', () => {
    const f = {...DEFAULT_FILTER, types: [...DEFAULT_FILTER.types]};
    expect(filtered(DEFAULT_FILTER)).toBe(filtered(f));
    expect(filtered(DEFAULT_FILTER).links).toEqual(links);
  });
});
