import type {LonLat} from './arcs';

/** A bounding box [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/** Belarus's extent, always inside the default camera so its hubs stay readable. */
export const BELARUS_BOUNDS: Bounds = [
  [23.2, 51.3],
  [32.8, 56.2],
];

function quantileOf(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] as number;
}

/**
 * The camera box for a set of positions: the central part of their spread (outliers such as a
 * single link to Havana do not shrink everything else), joined with Belarus, with a margin.
 * @param trim - share of positions left out at each side.
 */
export function getFramingBounds(points: readonly LonLat[], trim = 0.04, margin = 0.06): Bounds {
  let [[w, s], [e, n]] = BELARUS_BOUNDS;
  if (points.length) {
    const xs = points.map((p) => p[0]).sort((a, b) => a - b);
    const ys = points.map((p) => p[1]).sort((a, b) => a - b);
    w = Math.min(w, quantileOf(xs, trim));
    e = Math.max(e, quantileOf(xs, 1 - trim));
    s = Math.min(s, quantileOf(ys, trim));
    n = Math.max(n, quantileOf(ys, 1 - trim));
  }
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  return [
    [w - dx, Math.max(s - dy, -80)],
    [e + dx, Math.min(n + dy, 82)],
  ];
}
