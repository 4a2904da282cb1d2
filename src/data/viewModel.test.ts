import {max} from 'd3-array';
import {describe, expect, it} from 'vitest';
import type {Link, Place} from './model';
import {createFilterIndex} from './filterIndex';
import {ARC_WIDTH, DENSE_ARCS, createViewSelector, getClassThresholds} from './viewModel';
import {DEFAULT_FILTER} from '../state/appState';
import {makeLink, makePlaces} from '../../tests/helpers/factories';
import {getLevelId} from './selectors';

const place = (id: string): Place => ({
  id,
  kind: 'region',
  nameEn: id,
  nameRu: id,
  country: id.slice(0, 2),
  region: id,
  lon: null,
  lat: null,
  aliases: [],
});

/** `pairs` pairs of places, the first with `top` facts, every other with one. */
function dataset(pairs: number, top: number): {links: Link[]; places: Map<string, Place>} {
  const places = new Map<string, Place>([['BY-MI', place('BY-MI')]]);
  const links: Link[] = [];
  for (let i = 0; i < pairs; i++) {
    const to = `RU-X${i}`;
    places.set(to, place(to));
    for (let k = 0; k < (i === 0 ? top : 1); k++)
      links.push({
        id: `L${i}-${k}`,
        from: 'BY-MI',
        to,
        type: 'trade',
        year: 2020,
        until: null,
        sectors: [],
        value: null,
        unit: null,
        measure: null,
        status: 'active',
        titleEn: '',
        titleRu: '',
        source: 'x',
        line: 1,
        quote: 'x',
      });
  }
  return {links, places};
}

describe('createViewSelector arc widths', () => {
  const widest = (pairs: number) => {
    const {links, places} = dataset(pairs, 50);
    const view = createViewSelector(
      links,
      createFilterIndex(links, places, () => []),
      places,
      new Map(),
    )(DEFAULT_FILTER, 'city');
    expect(view.pairs.length).toBe(pairs);
    return max(view.pairs, view.widthOf) ?? NaN;
  };

  it('gives the busiest pair the full width while the view has few arcs', () => {
    expect(widest(10)).toBeCloseTo(ARC_WIDTH[1]);
    expect(widest(DENSE_ARCS)).toBeCloseTo(ARC_WIDTH[1]);
  });

  it('narrows the widest arc in dense views, never below twice the thinnest', () => {
    expect(widest(4 * DENSE_ARCS)).toBeCloseTo(ARC_WIDTH[1] / 2);
    expect(widest(200 * DENSE_ARCS)).toBe(ARC_WIDTH[0] * 2);
  });
});

describe('getClassThresholds', () => {
  it('starts at 1 and rises through distinct rounded quantiles', () => {
    const t = getClassThresholds([1, 1, 2, 3, 5, 8, 13, 21, 34, 55], 5);
    expect(t[0]).toBe(1);
    expect(t).toEqual([...new Set(t)].sort((a, b) => a - b));
    expect(t.length).toBeLessThanOrEqual(5);
  });

  it('has no classes without positive counts', () => {
    expect(getClassThresholds([0, 0])).toEqual([]);
  });
});

describe('createViewSelector counts', () => {
  const places = makePlaces();
  const ends = ['BY-VI/tolochin', 'RU-PSK/opochka', 'BY-VI', 'RU-PSK', 'BY', 'UZ-TK'];
  const types = ['twinning', 'trade', 'supply', 'agreement'] as const;
  // Every ordered pair of ends, with types in turn: self-loops at the higher levels included.
  const links = ends.flatMap((from, i) =>
    ends.map((to, j) => makeLink({id: `${from}-${to}`, from, to, type: types[(i + j) % 4]})),
  );
  const select = createViewSelector(
    links,
    createFilterIndex(links, places, () => []),
    places,
    new Map(),
  );

  it.each(['city', 'region', 'country'] as const)(
    'match a plain count of the links a filter keeps, at the %s level',
    (level) => {
      for (const filter of [DEFAULT_FILTER, {...DEFAULT_FILTER, types: ['trade', 'supply']}]) {
        const view = select(filter as typeof DEFAULT_FILTER, level);
        const kept = links.filter((l) => !filter.types.length || filter.types.includes(l.type));
        expect(view.links).toEqual(kept);
        const pairs = new Map<string, number>();
        const nodes = new Map<string, number>();
        const regions = new Map<string, number>();
        let selfLoops = 0;
        for (const l of kept) {
          const [a, b] = [getLevelId(l.from, level, places), getLevelId(l.to, level, places)];
          if (a === b) selfLoops++;
          else pairs.set(`${a}>${b}`, (pairs.get(`${a}>${b}`) ?? 0) + 1);
          for (const n of new Set([a, b])) nodes.set(n, (nodes.get(n) ?? 0) + 1);
          const rs = new Set([places.get(l.from)?.region, places.get(l.to)?.region]);
          for (const r of rs) if (r) regions.set(r, (regions.get(r) ?? 0) + 1);
        }
        expect(new Map(view.pairs.map((p) => [p.key, p.count]))).toEqual(pairs);
        expect(view.selfLoops.length).toBe(selfLoops);
        expect(view.nodeCounts).toEqual(nodes);
        expect(view.regionCounts).toEqual(regions);
      }
    },
  );
});

describe('createViewSelector in a dense view', () => {
  // 1,200 Russian places in rows 0.1° apart (about 1 px at zoom 3), each linked to Minsk once,
  // and Vitebsk linked to the first of them; Belarusian places are never grouped.
  const {links, places} = dataset(DENSE_ARCS + 200, 1);
  places.set('BY-VI', place('BY-VI'));
  links.push({...(links[0] as Link), id: 'V', from: 'BY-VI'});
  const positions = new Map<string, [number, number]>([
    ['BY-MI', [27.5, 53.9]],
    ['BY-VI', [27.6, 53.9]],
  ]);
  for (let i = 0; i < DENSE_ARCS + 200; i++)
    positions.set(`RU-X${i}`, [40 + (i % 40) * 0.1, 50 + Math.floor(i / 40) * 0.1]);
  const select = createViewSelector(
    links,
    createFilterIndex(links, places, () => []),
    places,
    positions,
  );

  it('draws nearby places of a country as one, keeping every link and place counted', () => {
    const view = select(DEFAULT_FILTER, 'region', 3);
    expect(view.pairs.length).toBeLessThan(DENSE_ARCS / 4);
    expect(view.pairs.reduce((s, p) => s + p.count, 0)).toBe(links.length);
    expect(view.placeCount).toBe(DENSE_ARCS + 202);
    // Minsk and Vitebsk, though put within a pixel, stay apart; the first Russian place, the
    // best linked, names its group.
    expect(view.groups.has('BY-MI')).toBe(false);
    expect(view.nodeCounts.get('BY-VI')).toBe(1);
    expect(view.groups.get('RU-X0')?.[0]).toBe('RU-X0');
    let grouped = 0;
    for (const [id, members] of view.groups) {
      expect(view.nodeCounts.get(id)).toBe(members.length + (id === 'RU-X0' ? 1 : 0));
      grouped += members.length;
    }
    expect(grouped + view.nodeCounts.size - view.groups.size).toBe(view.placeCount);
  });

  it('groups fewer places when zoomed in, and none without a zoom, between countries or around a place', () => {
    expect(select(DEFAULT_FILTER, 'region', 6).groups.size).toBeGreaterThan(
      select(DEFAULT_FILTER, 'region', 3).groups.size,
    );
    expect(select(DEFAULT_FILTER, 'region', 9).pairs.length).toBe(DENSE_ARCS + 201);
    expect(select(DEFAULT_FILTER, 'region').groups.size).toBe(0);
    expect(select(DEFAULT_FILTER, 'country', 3).groups.size).toBe(0);
    expect(select({...DEFAULT_FILTER, place: 'BY-MI'}, 'region', 3).groups.size).toBe(0);
  });

  it('gives the same view at every zoom while it is not dense', () => {
    const few = {...DEFAULT_FILTER, years: [2021, 2021] as [number, number]};
    const a = select({...few}, 'region', 3);
    expect(select({...few}, 'region', 8)).toBe(a);
  });
});
