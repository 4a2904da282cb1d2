import {describe, expect, it} from 'vitest';
import {getArcCoordinates, type LonLat} from '../../geo/arcs';
import {CURVE_POINTS, CURVES_PER_ROW, getArcCurves, getArcAttributes, getWidthFactor} from './arcs';
import {premultiplied, repeatForQuads} from './gl';

describe('getWidthFactor', () => {
  it('is ¾ zoomed out, 1 at zoom 6 and 1.5 zoomed in, linear in between', () => {
    expect(getWidthFactor(0)).toBe(0.75);
    expect(getWidthFactor(4)).toBeCloseTo(0.875);
    expect(getWidthFactor(6)).toBe(1);
    expect(getWidthFactor(7.5)).toBeCloseTo(1.25);
    expect(getWidthFactor(14)).toBe(1.5);
  });
});

describe('premultiplied', () => {
  it('multiplies the channels by the opacity', () => {
    const [r, g, b, a] = premultiplied('#ff8000', 0.5);
    expect(r).toBeCloseTo(0.5);
    expect(g).toBeCloseTo((128 / 255) * 0.5);
    expect(b).toBe(0);
    expect(a).toBe(0.5);
  });
});

describe('repeatForQuads', () => {
  it('repeats every item for the six vertices of its quad, in order', () => {
    const out = repeatForQuads(new Float32Array([1, 2, 3, 4]), 2);
    expect(out.length).toBe(24);
    expect([...out.subarray(0, 12)]).toEqual([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
    expect([...out.subarray(12)]).toEqual([3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4]);
  });
});

describe('getArcCurves', () => {
  const latOf = (y: number) => (2 * Math.atan(Math.exp((y * Math.PI) / 180)) * 180) / Math.PI - 90;
  const point = (c: Float32Array, k: number, i: number) => [
    ...c.subarray((k * CURVE_POINTS + i) * 4, (k * CURVE_POINTS + i) * 4 + 4),
  ];

  it('gives the curve the hit test uses, point for point', () => {
    const a: LonLat = [27.56, 53.9];
    const b: LonLat = [69.24, 41.3];
    const c = getArcCurves(new Float32Array([10, 0, 20, 0, ...a, ...b]));
    const expected = getArcCoordinates(a, b, {segments: CURVE_POINTS - 1});
    expected.forEach(([lon, lat], i) => {
      const [x = NaN, y = NaN] = point(c, 1, i);
      expect(x).toBeCloseTo(lon, 3);
      expect(latOf(y)).toBeCloseTo(lat, 3);
    });
  });

  it('has unit tangents pointing from start to end', () => {
    const c = getArcCurves(new Float32Array([27.56, 53.9, 69.24, 41.3]));
    for (let i = 0; i < CURVE_POINTS; i++) {
      const [x = 0, y = 0, tx = 0, ty = 0] = point(c, 0, i);
      expect(Math.hypot(tx, ty)).toBeCloseTo(1, 5);
      if (i + 1 < CURVE_POINTS) {
        const [nx = 0, ny = 0] = point(c, 0, i + 1);
        expect((nx - x) * tx + (ny - y) * ty).toBeGreaterThan(0);
      }
    }
  });

  it('unwraps an arc across the antimeridian instead of jumping across the map', () => {
    const c = getArcCurves(new Float32Array([170, 60, -170, 65]));
    const [x0 = NaN] = point(c, 0, 0);
    const [x1 = NaN, y1 = NaN] = point(c, 0, CURVE_POINTS - 1);
    expect(x0).toBeCloseTo(170, 4);
    expect(x1).toBeCloseTo(190, 4);
    expect(latOf(y1)).toBeCloseTo(65, 4);
    for (let i = 1; i < CURVE_POINTS; i++)
      expect(Math.abs((point(c, 0, i)[0] ?? 0) - (point(c, 0, i - 1)[0] ?? 0))).toBeLessThan(5);
  });

  it('gives each arc its width, type, flags and chord on the plane, in rows of texels', () => {
    const c = getArcCurves(new Float32Array([10, 0, 20, 0, 170, 60, -170, 60]));
    const arcs = {
      length: 2,
      widths: new Float32Array([2.5, 7]),
      types: new Uint8Array([3, 6]),
      flags: new Uint8Array([1, 2]),
    };
    const t = getArcAttributes(arcs, c);
    expect(t.length).toBe(CURVES_PER_ROW * 4);
    expect([...t.subarray(0, 3)]).toEqual([2.5, 3, 1]);
    expect([...t.subarray(4, 7)]).toEqual([7, 6, 2]);
    expect(t[3]).toBeCloseTo(10, 4);
    // Across the antimeridian the chord is the short way round, 20 degrees.
    expect(t[7]).toBeCloseTo(20, 4);
    expect([...t.subarray(8)].every((v) => v === 0)).toBe(true);
  });

  it('takes known curves from its cache, giving what it would compute', () => {
    const cache = new Map<string, Float32Array>();
    getArcCurves(new Float32Array([10, 0, 20, 0, 27.5, 53.9, 69.2, 41.3]), cache);
    expect(cache.size).toBe(2);
    const again = new Float32Array([27.5, 53.9, 69.2, 41.3, 30, 50, 40, 45, 10, 0, 20, 0]);
    expect(getArcCurves(again, cache)).toEqual(getArcCurves(again));
    expect(cache.size).toBe(3);
  });

  it('fills whole texture rows', () => {
    const n = CURVES_PER_ROW + 1;
    const c = getArcCurves(new Float32Array(n * 4).map((_, i) => i % 7));
    expect(c.length).toBe(2 * CURVES_PER_ROW * CURVE_POINTS * 4);
  });
});
