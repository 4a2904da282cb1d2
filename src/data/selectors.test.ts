import {describe, expect, it} from 'vitest';
import {makeLink, makePlaces} from '../../tests/helpers/factories';
import {DEFAULT_FILTER, type Level} from '../state/appState';
import type {Link} from './model';
import {
  countEnds,
  createFilterChain,
  getActiveYears,
  getFacetCounts,
  getLevelId,
  getLinksForCountries,
  getLinksForPlace,
  getLinksForSectors,
  getLinksForStatuses,
  getLinksForTypes,
  getLinksInYears,
  getLinkEnds,
  getPairs,
  getPartnerCountries,
  getSingleMeasure,
  type PlaceIndex,
} from './selectors';

const ids = (links: readonly {id: string}[]) => links.map((l) => l.id);

describe('getActiveYears', () => {
  it('getActiveYears(twinning without until) runs open-ended', () => {
    expect(getActiveYears(makeLink({id: 'a', type: 'twinning', year: 2010}))).toEqual([2010, Infinity]);
  });
  it('getActiveYears(other type without until) is its year only', () => {
    expect(getActiveYears(makeLink({id: 'a', type: 'trade', year: 2010}))).toEqual([2010, 2010]);
  });
  it('getActiveYears(link with until) spans year..until', () => {
    expect(getActiveYears(makeLink({id: 'a', year: 2015, until: 2017}))).toEqual([2015, 2017]);
  });
  it('getActiveYears(undated link) is null', () => {
    expect(getActiveYears(makeLink({id: 'a', year: null}))).toBeNull();
  });
});

describe('getLinksInYears', () => {
  const links = [
    makeLink({id: 'twin2005', type: 'twinning', year: 2005}),
    makeLink({id: 'trade2005', type: 'trade', year: 2005}),
    makeLink({id: 'plan2015-17', year: 2015, until: 2017}),
    makeLink({id: 'undated', year: null}),
  ];
  it('getLinksInYears(links, [2010, 2016]) keeps links whose years in force meet the range', () => {
    expect(ids(getLinksInYears(links, [2010, 2016], true))).toEqual(['twin2005', 'plan2015-17', 'undated']);
  });
  it('getLinksInYears(links, [2018, 2020], false) hides undated links', () => {
    expect(ids(getLinksInYears(links, [2018, 2020], false))).toEqual(['twin2005']);
  });
  it('getLinksInYears(links, null, true) returns the input itself', () => {
    expect(getLinksInYears(links, null, true)).toBe(links);
  });
  it('getLinksInYears(links, null, false) only hides undated links', () => {
    expect(ids(getLinksInYears(links, null, false))).toEqual(['twin2005', 'trade2005', 'plan2015-17']);
  });
});

describe('list filters', () => {
  const links = [
    makeLink({id: 'a', sectors: ['machinery', 'agriculture'], type: 'supply', status: 'active'}),
    makeLink({id: 'b', sectors: ['culture'], type: 'twinning', status: 'signed'}),
  ];
  it('getLinksForSectors(links, [agriculture]) keeps links with any chosen sector', () => {
    expect(ids(getLinksForSectors(links, ['agriculture', 'food']))).toEqual(['a']);
  });
  it('getLinksForTypes(links, [twinning]) keeps links of a chosen type', () => {
    expect(ids(getLinksForTypes(links, ['twinning']))).toEqual(['b']);
  });
  it('getLinksForStatuses(links, [active]) keeps links with a chosen status', () => {
    expect(ids(getLinksForStatuses(links, ['active']))).toEqual(['a']);
  });
  it('empty choices keep every link', () => {
    expect(getLinksForSectors(links, [])).toBe(links);
    expect(getLinksForTypes(links, [])).toBe(links);
    expect(getLinksForStatuses(links, [])).toBe(links);
  });
});

describe('getLinksForCountries and getLinksForPlace', () => {
  const places = makePlaces();
  const links = [
    makeLink({id: 'ru', from: 'BY-VI/tolochin', to: 'RU-PSK/opochka'}),
    makeLink({id: 'uz', from: 'BY', to: 'UZ-TK'}),
  ];
  it('getLinksForCountries(links, [UZ]) keeps links with a place in Uzbekistan', () => {
    expect(ids(getLinksForCountries(links, ['UZ'], places))).toEqual(['uz']);
  });
  it('getLinksForCountries(links, [BY]) keeps links with either place in Belarus', () => {
    expect(ids(getLinksForCountries(links, ['BY'], places))).toEqual(['ru', 'uz']);
  });
  it('getLinksForPlace(links, region) keeps links of the places inside the region', () => {
    expect(ids(getLinksForPlace(links, 'RU-PSK', places))).toEqual(['ru']);
    expect(ids(getLinksForPlace(links, 'BY-VI', places))).toEqual(['ru']);
    expect(ids(getLinksForPlace(links, 'BY', places))).toEqual(['ru', 'uz']);
  });
});

describe('createFilterChain', () => {
  const places = makePlaces();
  const links = [
    makeLink({id: 'a', type: 'trade', year: 2012, sectors: ['food']}),
    makeLink({id: 'b', type: 'twinning', year: 2000, to: 'UZ-TK'}),
  ];
  it('createFilterChain() combines the filters with AND', () => {
    const chain = createFilterChain();
    const f = {...DEFAULT_FILTER, years: [2011, 2013] as [number, number], countries: ['RU']};
    expect(ids(chain(links, f, places))).toEqual(['a']);
    expect(ids(chain(links, {...f, types: ['twinning']}, places))).toEqual([]);
  });
  it('createFilterChain() returns the same array while nothing changed', () => {
    const chain = createFilterChain();
    const f = {...DEFAULT_FILTER, types: ['trade' as const]};
    expect(chain(links, f, places)).toBe(chain(links, f, places));
  });
  it('createFilterChain(skip) leaves that one filter out', () => {
    const chain = createFilterChain('types');
    expect(ids(chain(links, {...DEFAULT_FILTER, types: ['event']}, places))).toEqual(['a', 'b']);
  });
});

/** Pairs of all `links` at a level, their ends found as the view finds them. */
const pairsAt = (links: Link[], level: Level, places: PlaceIndex) =>
  getPairs(
    links,
    links.map((_, i) => i),
    getLinkEnds(links, (id) => getLevelId(id, level, places)),
  );

describe('getPairs', () => {
  const places = makePlaces();
  const links = [
    makeLink({id: 't1', from: 'BY-VI/tolochin', to: 'RU-PSK/opochka', type: 'twinning'}),
    makeLink({id: 't2', from: 'BY-VI/tolochin', to: 'RU-PSK/opochka', type: 'agreement'}),
    makeLink({id: 'r1', from: 'BY-VI', to: 'RU-PSK', type: 'supply'}),
    makeLink({id: 'u1', from: 'BY', to: 'UZ-TK', type: 'trade'}),
  ];
  it('getLevelId rolls a city up to its region and country', () => {
    expect(getLevelId('BY-VI/tolochin', 'city', places)).toBe('BY-VI/tolochin');
    expect(getLevelId('BY-VI/tolochin', 'region', places)).toBe('BY-VI');
    expect(getLevelId('BY-VI/tolochin', 'country', places)).toBe('BY');
    expect(getLevelId('BY', 'region', places)).toBe('BY');
  });
  it('getPairs(links, city) makes one aggregate per pair of named places', () => {
    const {pairs} = pairsAt(links, 'city', places);
    expect(pairs.map((p) => [p.key, p.count])).toEqual([
      ['BY-VI/tolochin>RU-PSK/opochka', 2],
      ['BY-VI>RU-PSK', 1],
      ['BY>UZ-TK', 1],
    ]);
    expect(pairs[0]?.undirected).toBe(true);
    expect(pairs[1]?.directed).toBe(true);
  });
  it('getPairs counts add up the same at every level', () => {
    for (const level of ['city', 'region', 'country'] as const) {
      const {pairs, selfLoops} = pairsAt(links, level, places);
      expect(pairs.reduce((s, p) => s + p.count, 0) + selfLoops.length).toBe(links.length);
    }
    expect(pairsAt(links, 'region', places).pairs.map((p) => [p.key, p.count])).toEqual([
      ['BY-VI>RU-PSK', 3],
      ['BY>UZ-TK', 1],
    ]);
    expect(pairsAt(links, 'country', places).pairs.map((p) => [p.key, p.count])).toEqual([
      ['BY>RU', 3],
      ['BY>UZ', 1],
    ]);
  });
  it("getPairs colours a pair by the type of most of its facts", () => {
    const mixed = ['trade', 'supply', 'supply', 'event'].map((type, i) =>
      makeLink({id: `m${i}`, from: 'BY-VI', to: 'RU-PSK', type: type as Link['type']}),
    );
    expect(pairsAt(mixed, 'city', places).pairs.map((p) => p.type)).toEqual(['supply']);
  });
  it('getPairs breaks a tie by the legend, in whatever order the facts come', () => {
    const tied = ['event', 'trade', 'event', 'trade'].map((type, i) =>
      makeLink({id: `t${i}`, from: 'BY-VI', to: 'RU-PSK', type: type as Link['type']}),
    );
    for (const order of [tied, [...tied].reverse()])
      expect(pairsAt(order, 'city', places).pairs.map((p) => p.type)).toEqual(['trade']);
  });
  it('getPairs gives each pair the latest figure when the view has one measure', () => {
    const trade = [
      makeLink({id: 'a', type: 'trade', year: 2016, value: 10, unit: 'USD', measure: 'turnover'}),
      makeLink({id: 'b', type: 'trade', year: 2017, value: 12, unit: 'USD', measure: 'turnover'}),
    ];
    expect(getSingleMeasure(trade)).toBe('USD|turnover');
    expect(pairsAt(trade, 'city', places).pairs[0]?.value).toBe(12);
  });
  it('countEnds counts each link once at each of its ends, in the order the links reach them', () => {
    const byRegion = getLinkEnds(links, (id) => places.get(id)?.region);
    expect([...countEnds([0, 1, 2, 3], byRegion)]).toEqual([
      ['BY-VI', 3],
      ['RU-PSK', 3],
      ['UZ-TK', 1],
    ]);
    // Only the links given by index; a country has no region and is not counted.
    expect([...countEnds([3], byRegion)]).toEqual([['UZ-TK', 1]]);
    const byCountry = getLinkEnds(links, (id) => getLevelId(id, 'country', places));
    expect([...countEnds([2, 0], byCountry)]).toEqual([
      ['BY', 2],
      ['RU', 2],
    ]);
  });
  it('getPairs leaves values out when the view mixes measures', () => {
    const mixed = [
      makeLink({id: 'a', value: 10, unit: 'USD', measure: 'turnover'}),
      makeLink({id: 'b', value: 3, unit: 'items', measure: 'other'}),
    ];
    expect(getSingleMeasure(mixed)).toBeNull();
    expect(pairsAt(mixed, 'city', places).pairs[0]?.value).toBeNull();
  });
});

describe('getFacetCounts and getPartnerCountries', () => {
  const places = makePlaces();
  const links = [
    makeLink({id: 'a', sectors: ['machinery', 'agriculture', 'machinery']}),
    makeLink({id: 'b', sectors: ['machinery']}),
    makeLink({id: 'c', sectors: []}),
  ];
  it('counts each link once under each of its keys, a key listed twice once', () => {
    const counts = getFacetCounts(links, (l) => l.sectors);
    expect(Object.fromEntries(counts)).toEqual({machinery: 2, agriculture: 1});
  });
  it('names the partner countries of a link, Belarus only when both ends are Belarusian', () => {
    expect(getPartnerCountries(makeLink({id: 'x', from: 'BY', to: 'UZ-TK'}), places)).toEqual(['UZ']);
    expect(getPartnerCountries(makeLink({id: 'y', from: 'BY-VI', to: 'BY'}), places)).toEqual(['BY']);
  });
});
