/** Where a label sits against its point: `top` puts the label's top edge at the point, below it. */
export type Anchor = 'center' | 'top' | 'bottom' | 'left' | 'right';

/** A label to place, in device pixels. */
export interface LabelCandidate {
  /** The point labelled, on screen. */
  x: number;
  y: number;
  /** Size of the label's text box. */
  width: number;
  height: number;
  /** Distance from the point to the box along the anchor's direction. */
  offset: number;
  /** Anchors to try, in order. */
  anchors: readonly Anchor[];
  /** Clear space kept around the box. */
  padding: number;
  /** Only takes room (a place's circle, say): later labels keep clear of it; never returned. */
  obstacle?: boolean;
}

/** A placed label: the top-left corner of its box, integer pixels. */
export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  anchor: Anchor;
}

/** Top-left corner of a box of the given size anchored at a point. */
export function getBoxAt(
  c: Pick<LabelCandidate, 'x' | 'y' | 'width' | 'height' | 'offset'>,
  anchor: Anchor,
): [number, number] {
  const {x, y, width: w, height: h, offset: o} = c;
  switch (anchor) {
    case 'top':
      return [x - w / 2, y + o];
    case 'bottom':
      return [x - w / 2, y - o - h];
    case 'left':
      return [x + o, y - h / 2];
    case 'right':
      return [x - o - w, y - h / 2];
    default:
      return [x - w / 2, y - h / 2];
  }
}

/** Cells of the collision grid, in pixels. */
const CELL = 64;

/**
 * Places labels in the order given (the first have priority), each at the first of its anchors
 * where its padded box overlaps no label placed before it; a label with no such anchor is left
 * out, as is one whose point lies outside the viewport. Obstacles take their room unconditionally.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: {width: number; height: number},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: number[] = [];
  const grid = new Map<number, number[]>();
  const cols = Math.ceil(viewport.width / CELL) + 2;
  const cellsOf = (x0: number, y0: number, x1: number, y1: number, f: (k: number) => boolean) => {
    const cx0 = Math.max(-1, Math.floor(x0 / CELL));
    const cx1 = Math.min(cols - 2, Math.floor(x1 / CELL));
    const cy0 = Math.max(-1, Math.floor(y0 / CELL));
    const cy1 = Math.floor(y1 / CELL);
    for (let cy = cy0; cy <= cy1; cy++)
      for (let cx = cx0; cx <= cx1; cx++) if (f((cy + 1) * cols + cx + 1)) return true;
    return false;
  };
  candidates.forEach((c, index) => {
    if (c.x < 0 || c.y < 0 || c.x > viewport.width || c.y > viewport.height) return;
    for (const anchor of c.anchors) {
      const [bx, by] = getBoxAt(c, anchor);
      const x = Math.round(bx);
      const y = Math.round(by);
      const x0 = x - c.padding;
      const y0 = y - c.padding;
      const x1 = x + c.width + c.padding;
      const y1 = y + c.height + c.padding;
      const hit =
        !c.obstacle &&
        cellsOf(x0, y0, x1, y1, (k) =>
          (grid.get(k) ?? []).some(
            (b) =>
              x0 < (boxes[b + 2] ?? 0) &&
              x1 > (boxes[b] ?? 0) &&
              y0 < (boxes[b + 3] ?? 0) &&
              y1 > (boxes[b + 1] ?? 0),
          ),
        );
      if (hit) continue;
      const b = boxes.length;
      boxes.push(x0, y0, x1, y1);
      cellsOf(x0, y0, x1, y1, (k) => {
        const list = grid.get(k);
        if (list) list.push(b);
        else grid.set(k, [b]);
        return false;
      });
      if (!c.obstacle) placed.push({index, x, y, anchor});
      return;
    }
  });
  return placed;
}

/**
 * Breaks a text into lines no wider than `maxWidth` where it can, at spaces and after hyphens;
 * a single word wider than that keeps a line of its own.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const words = text.split(/(?<=-)|\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const joined = line ? (line.endsWith('-') ? line + w : `${line} ${w}`) : w;
    if (line && measure(joined) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}
