import {geoDistance, geoInterpolate} from 'd3-geo';
import {describe, expect, it} from 'vitest';
import {assertInDelta} from '../../tests/helpers/assertInDelta';
import {
  getArcCoordinates,
  getArcSegments,
  getCentralAngle,
  getDistanceToPath,
  getGreatCircle,
  type LonLat,
} from './arcs';

const MINSK: LonLat = [27.56667, 53.9];
const TASHKENT: LonLat = [69.21627, 41.26465];
const KAMCHATKA: LonLat = [158.65076, 53.04444];
const HAVANA: LonLat = [-82.38304, 23.13302];

describe('getGreatCircle', () => {
  const pairs: [LonLat, LonLat][] = [
    [MINSK, TASHKENT],
    [MINSK, KAMCHATKA],
    [MINSK, HAVANA],
    [KAMCHATKA, HAVANA],
    [MINSK, [27.6, 53.95]],
  ];

  it('getCentralAngle(a, b) is the angle d3-geo gives, 0 for one place', () => {
    for (const [a, b] of pairs) expect(getCentralAngle(a, b)).toBeCloseTo(geoDistance(a, b), 12);
    expect(getCentralAngle(MINSK, MINSK)).toBe(0);
  });

  it('getGreatCircle(a, b)(t) follows the great circle, across the antimeridian too', () => {
    for (const [a, b] of pairs) {
      const ours = getGreatCircle(a, b);
      const theirs = geoInterpolate(a, b);
      for (const t of [0, 0.1, 0.5, 0.9, 1]) assertInDelta(ours(t), theirs(t), 1e-9);
    }
    expect(getGreatCircle(MINSK, MINSK)(0.5)).toEqual(MINSK);
  });
});

describe('getArcCoordinates', () => {
  it('getArcCoordinates(a, b) starts at a and ends at b', () => {
    const arc = getArcCoordinates(MINSK, TASHKENT);
    assertInDelta(arc[0], MINSK, 1e-4);
    assertInDelta(arc[arc.length - 1], TASHKENT, 1e-4);
    expect(arc).toHaveLength(getArcSegments(MINSK, TASHKENT) + 1);
  });

  it('getArcCoordinates(a, b) bends to the right of travel, so b→a takes the other side', () => {
    const there = getArcCoordinates(MINSK, TASHKENT);
    const back = getArcCoordinates(TASHKENT, MINSK);
    const mid = there[24] as LonLat;
    const midBack = back[24] as LonLat;
    // Travelling south-east from Minsk, the right-hand side lies to the south-west.
    expect(mid[1]).toBeLessThan(midBack[1]);
    expect(Math.hypot(mid[0] - midBack[0], mid[1] - midBack[1])).toBeGreaterThan(5);
  });

  it('getArcCoordinates(a, b, {bend: 0}) follows the great circle', () => {
    const arc = getArcCoordinates([0, 0], [90, 0], {bend: 0, segments: 2});
    assertInDelta(
      arc,
      [
        [0, 0],
        [45, 0],
        [90, 0],
      ],
      1e-6,
    );
  });

  it('getArcCoordinates(a, b) has no jump when crossing the antimeridian', () => {
    const arc = getArcCoordinates(KAMCHATKA, HAVANA);
    for (let i = 1; i < arc.length; i++) {
      const [x0] = arc[i - 1] as LonLat;
      const [x1] = arc[i] as LonLat;
      expect(Math.abs(x1 - x0)).toBeLessThan(20);
    }
    expect((arc[arc.length - 1] as LonLat)[0]).toBeCloseTo(HAVANA[0] + 360, 3);
  });

  it('getArcCoordinates(a, a) is empty', () => {
    expect(getArcCoordinates(MINSK, MINSK)).toEqual([]);
  });
});

describe('getArcSegments', () => {
  it('gives short arcs few segments and long arcs up to 48', () => {
    expect(getArcSegments([27.56, 53.9], [28.5, 53.2])).toBe(12);
    expect(getArcSegments([27.56, 53.9], [69.24, 41.3])).toBeGreaterThan(24);
    expect(getArcSegments([27.56, 53.9], [116.4, 39.9])).toBe(48);
  });
});

describe('getDistanceToPath', () => {
  const path: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
  ];
  it('measures to the nearest segment, ends included', () => {
    expect(getDistanceToPath(path, [5, 3])).toBeCloseTo(3);
    expect(getDistanceToPath(path, [12, 5])).toBeCloseTo(2);
    expect(getDistanceToPath(path, [-3, -4])).toBeCloseTo(5);
  });
  it('is infinite for a path of fewer than two points', () => {
    expect(getDistanceToPath([[0, 0]], [1, 1])).toBe(Infinity);
  });
});
