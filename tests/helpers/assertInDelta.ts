import {expect} from 'vitest';

/** Asserts that every number in `actual` lies within `delta` of the same number in `expected`. */
export function assertInDelta(actual: unknown, expected: unknown, delta = 1e-6): void {
  if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(delta);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => assertInDelta((actual as unknown[])[i], e, delta));
    return;
  }
  expect(actual).toEqual(expected);
}
