import {describe, expect, it} from 'vitest';
import type {PairAggregate} from '../data/selectors';
import {LINK_TYPES} from '../data/model';
import type {LonLat} from './arcs';
import {ARC_DASHED, ARC_DIRECTED, getArcEnds, getArcInstances} from './features';

function pair(over: Partial<PairAggregate>): PairAggregate {
  return {
    key: `${over.from}>${over.to}`,
    from: 'BY-MI',
    to: 'RU-MOW',
    links: [],
    count: 1,
    value: null,
    type: 'trade',
    directed: false,
    undirected: false,
    ...over,
  };
}

const positions = new Map<string, LonLat>([
  ['BY-MI', [27.5, 53.9]],
  ['RU-MOW', [37.6, 55.75]],
  ['UZ-TK', [69.2, 41.3]],
  ['BY-HM', [27.5, 53.9]],
]);

describe('getArcInstances', () => {
  const pairs = [
    pair({from: 'BY-MI', to: 'RU-MOW', count: 9, type: 'supply', directed: true}),
    pair({from: 'BY-MI', to: 'UZ-TK', count: 4, type: 'twinning', undirected: true}),
    pair({from: 'BY-MI', to: 'XX-NOWHERE', count: 3}),
    pair({from: 'BY-MI', to: 'BY-HM', count: 2}),
  ];
  const arcs = getArcInstances(pairs, positions, (p) => p.count);

  it('keeps pairs whose two ends have distinct positions, biggest painted last', () => {
    expect(arcs.length).toBe(2);
    expect(arcs.keys).toEqual(['BY-MI>UZ-TK', 'BY-MI>RU-MOW']);
    expect(arcs.counts).toEqual([4, 9]);
  });

  it('packs ends, widths, types and flags per arc', () => {
    expect(getArcEnds(arcs, 1)[0][0]).toBeCloseTo(27.5, 5);
    expect(getArcEnds(arcs, 1)[1][1]).toBeCloseTo(55.75, 5);
    expect([...arcs.widths]).toEqual([4, 9]);
    expect(LINK_TYPES[arcs.types[0] ?? -1]).toBe('twinning');
    expect(LINK_TYPES[arcs.types[1] ?? -1]).toBe('supply');
    expect(arcs.flags[0]).toBe(ARC_DASHED);
    expect(arcs.flags[1]).toBe(ARC_DIRECTED);
  });

  it('gives an empty set for no pairs', () => {
    const none = getArcInstances([], positions, () => 1);
    expect(none.length).toBe(0);
    expect(none.ends).toHaveLength(0);
  });
});
