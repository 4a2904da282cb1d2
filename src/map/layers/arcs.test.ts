import {describe, expect, it} from 'vitest';
import {getWidthFactor, premultiplied} from './arcs';

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
