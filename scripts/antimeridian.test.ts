import {describe, expect, it} from 'vitest';
import {unwrapAntimeridian} from './antimeridian';

const steps = (ring: GeoJSON.Position[]) =>
  ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0)));

describe('unwrapAntimeridian', () => {
  it('joins a ring that crosses the antimeridian and comes back', () => {
    // A ring from 170°E across to 170°W and back, as Natural Earth draws Chukotka.
    const ring = [
      [170, 60],
      [180, 60],
      [-180, 60],
      [-170, 60],
      [-170, 70],
      [-180, 70],
      [180, 70],
      [170, 70],
      [170, 60],
    ];
    const [[out = []] = []] = unwrapAntimeridian([[ring]]);
    expect(Math.max(...steps(out))).toBeLessThanOrEqual(10);
    expect(out.map((p) => p[0])).toEqual([170, 180, 180, 190, 190, 180, 180, 170, 170]);
  });

  it('moves an island lying wholly west of the line beside its country east of it', () => {
    const east = [
      [175, 60],
      [179, 60],
      [179, 62],
      [175, 60],
    ];
    const island = [
      [-179, 65],
      [-178, 65],
      [-178, 66],
      [-179, 65],
    ];
    const [, [out = []] = []] = unwrapAntimeridian([[east], [island]]);
    expect(out.map((p) => p[0])).toEqual([181, 182, 182, 181]);
  });

  it('leaves a ring crossing once, round the pole, and shapes far from the line as they are', () => {
    const polar = [
      [-180, -80],
      [0, -75],
      [180, -80],
      [-180, -80],
    ];
    const far = [
      [20, 50],
      [30, 50],
      [30, 55],
      [20, 50],
    ];
    expect(unwrapAntimeridian([[polar]])).toEqual([[polar]]);
    expect(unwrapAntimeridian([[far]])).toEqual([[far]]);
  });
});
