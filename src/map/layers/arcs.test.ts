import {geoInterpolate} from 'd3-geo';
import {describe, expect, it} from 'vitest';
import {getArcCoordinates, type LonLat} from '../../geo/arcs';
import {getArcFrames, getWidthFactor, premultiplied} from './arcs';

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

describe('getArcFrames', () => {
  /** The shader's curve without its bend, evaluated from an arc's frame. */
  function baseAt(f: Float32Array, t: number): [number, number] {
    const [ax = 0, ay = 0, az = 0, omega = 0, bx = 0, by = 0, bz = 0, lon0 = 0] = f;
    const k0 = Math.sin((1 - t) * omega) / Math.sin(omega);
    const k1 = Math.sin(t * omega) / Math.sin(omega);
    const p = [k0 * ax + k1 * bx, k0 * ay + k1 * by, k0 * az + k1 * bz];
    const lon = (Math.atan2(p[1] ?? 0, p[0] ?? 0) * 180) / Math.PI;
    const lat = (Math.asin(p[2] ?? 0) * 180) / Math.PI;
    let dlon = lon - lon0;
    dlon -= 360 * Math.floor((dlon + 180) / 360);
    return [lon0 + dlon, lat];
  }

  it('gives the great circle of the ends, as d3 interpolates it', () => {
    const a: LonLat = [27.56, 53.9];
    const b: LonLat = [69.24, 41.3];
    const f = getArcFrames(new Float32Array([...a, ...b]));
    const interpolate = geoInterpolate(a, b);
    for (const t of [0, 0.25, 0.5, 0.9]) {
      const [lon, lat] = baseAt(f, t);
      const [lon2, lat2] = interpolate(t);
      expect(lon).toBeCloseTo(lon2, 3);
      expect(lat).toBeCloseTo(lat2, 3);
    }
  });

  it('puts both ends on the Mercator plane, unwrapping the end across the antimeridian', () => {
    const f = getArcFrames(new Float32Array([170, 60, -170, 65, 10, 0, 20, 0]));
    expect(f.length).toBe(24);
    const chord = [...f.subarray(8, 12)];
    expect(chord[0]).toBe(170);
    expect(chord[2]).toBeCloseTo(190);
    const latOf = (y = NaN) => (2 * Math.atan(Math.exp((y * Math.PI) / 180)) * 180) / Math.PI - 90;
    expect(latOf(chord[1])).toBeCloseTo(60, 4);
    expect(latOf(chord[3])).toBeCloseTo(65, 4);
    const coords = getArcCoordinates([170, 60], [-170, 65], {bend: 0});
    expect(coords.at(-1)?.[0]).toBeCloseTo(chord[2] ?? NaN, 4);
    expect(f[12 + 8 + 1]).toBeCloseTo(0, 6);
  });
});
