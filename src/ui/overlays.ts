/** A rectangle on the page, as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Padding of a map fit, in pixels from each edge of the map. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Padding that keeps what the map frames clear of the panels lying over it (legend, story card):
 * each panel is cleared on the side of the map it takes least from. No side takes more than
 * `maxShare` of the map, so a large panel cannot squeeze the view to nothing.
 */
export function getOverlayPadding(
  map: Rect,
  overlays: readonly Rect[],
  base = 32,
  maxShare = 0.4,
): Padding {
  const pad: Padding = {top: base, right: base, bottom: base, left: base};
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const r of overlays) {
    const overlapX = Math.min(r.right, map.right) - Math.max(r.left, map.left);
    const overlapY = Math.min(r.bottom, map.bottom) - Math.max(r.top, map.top);
    if (overlapX <= 0 || overlapY <= 0) continue;
    const sides: [keyof Padding, number, number][] = [
      ['left', r.right - map.left, width],
      ['right', map.right - r.left, width],
      ['top', r.bottom - map.top, height],
      ['bottom', map.bottom - r.top, height],
    ];
    const [side, taken, size] = sides.reduce((a, b) => (b[1] / b[2] < a[1] / a[2] ? b : a));
    pad[side] = Math.max(pad[side], Math.min(taken + base / 2, size * maxShare));
  }
  return pad;
}
