import type {LonLat} from './arcs';

/** The bounding box [[west, south], [east, north]] of the given positions, with a margin. */
export function getBounds(
  points: readonly LonLat[],
  margin = 0.05,
): [[number, number], [number, number]] {
  if (!points.length)
    return [
      [20, 40],
      [80, 60],
    ];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const dx = Math.max(e - w, 1) * margin;
  const dy = Math.max(n - s, 1) * margin;
  return [
    [w - dx, Math.max(s - dy, -85)],
    [e + dx, Math.min(n + dy, 85)],
  ];
}
