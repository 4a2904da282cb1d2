import {describe, expect, it} from 'vitest';
import {countPairs, groupNearbyEnds} from './grouping';
import type {LinkEnds} from './selectors';

/** Ends of links given as [from, to] ids. */
function endsOf(pairs: [string, string][]): LinkEnds {
  const ids = [...new Set(pairs.flat())];
  return {
    ids,
    from: Int32Array.from(pairs, ([a]) => ids.indexOf(a)),
    to: Int32Array.from(pairs, ([, b]) => ids.indexOf(b)),
  };
}

const all = (n: number) => Array.from({length: n}, (_, i) => i);
const countryOf = (id: string) => id.slice(0, 2);
/** Degrees of longitude a pixel spans at zoom 4 (8,192 pixels around the world). */
const PX = 360 / 8192;

describe('countPairs', () => {
  const ends = endsOf([
    ['A', 'B'],
    ['A', 'B'],
    ['B', 'A'],
    ['A', 'A'],
    ['A', 'C'],
  ]);

  it('counts ordered pairs of different ends once each', () => {
    expect(countPairs(all(5), ends, 10)).toBe(3);
    expect(countPairs([0, 1, 3], ends, 10)).toBe(1);
  });

  it('stops once past the limit', () => {
    expect(countPairs(all(5), ends, 1)).toBe(2);
  });
});

describe('groupNearbyEnds', () => {
  // Three Russian places 10 px apart on a line at the equator, Kazakh one 5 px from the first,
  // and a Russian one far off; each linked to Minsk, the middle one twice.
  const positions = new Map<string, [number, number]>([
    ['BY-MI', [27.5, 53.9]],
    ['RU-A', [60, 0]],
    ['RU-B', [60 + 10 * PX, 0]],
    ['RU-C', [60 + 20 * PX, 0]],
    ['KZ-D', [60, 5 * PX]],
    ['RU-E', [100, 0]],
  ]);
  const ends = endsOf([
    ['BY-MI', 'RU-A'],
    ['BY-MI', 'RU-B'],
    ['BY-MI', 'RU-B'],
    ['BY-MI', 'RU-C'],
    ['BY-MI', 'KZ-D'],
    ['BY-MI', 'RU-E'],
    ['BY-MI', 'RU-X'],
  ]);
  const group = (indices: number[], zoom: number, radius?: number, apart = '') =>
    groupNearbyEnds(indices, ends, positions, countryOf, zoom, apart, radius);

  it('draws the places of a country within the radius as the best linked of them', () => {
    const {members, ends: grouped} = group(all(7), 4, 12);
    expect([...members]).toEqual([['RU-B', ['RU-B', 'RU-A', 'RU-C']]]);
    const id = (e: number) => grouped.ids[e];
    expect([...grouped.to].map(id)).toEqual(['RU-B', 'RU-B', 'RU-B', 'RU-B', 'KZ-D', 'RU-E', 'RU-X']);
    expect([...grouped.from].map(id)).toEqual(Array(7).fill('BY-MI'));
    expect(grouped.ids).toBe(ends.ids);
  });

  it('groups by the links in view: the best linked of them leads', () => {
    // Without RU-B's links, RU-A (first of the tied) takes RU-C only if within the radius.
    expect([...group([0, 3, 4], 4, 12).members]).toEqual([]);
    expect([...group([0, 3, 4], 4, 21).members]).toEqual([['RU-A', ['RU-A', 'RU-C']]]);
  });

  it('never groups the places of the country kept apart', () => {
    expect(group(all(7), 3, 24, 'RU').members.size).toBe(0);
  });

  it('draws fewer places as one when zoomed in', () => {
    expect(group(all(7), 5, 12).members.size).toBe(0);
    // At the default radius.
    expect(group(all(7), 3).members.get('RU-B')).toHaveLength(3);
  });
});
