import {describe, expect, it} from 'vitest';
import {getBoxAt, placeLabels, wrapLines, type LabelCandidate} from './labels';

const VIEW = {width: 800, height: 600};

function label(x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return {
    x,
    y,
    width: 60,
    height: 14,
    offset: 5,
    anchors: ['top', 'bottom', 'left', 'right'],
    padding: 2,
    ...extra,
  };
}

describe('getBoxAt', () => {
  it('puts the box below, above, right of and left of the point, clear of it by the offset', () => {
    const c = {x: 100, y: 100, width: 40, height: 10, offset: 6};
    expect(getBoxAt(c, 'top')).toEqual([80, 106]);
    expect(getBoxAt(c, 'bottom')).toEqual([80, 84]);
    expect(getBoxAt(c, 'left')).toEqual([106, 95]);
    expect(getBoxAt(c, 'right')).toEqual([54, 95]);
    expect(getBoxAt(c, 'center')).toEqual([80, 95]);
  });
});

describe('placeLabels', () => {
  it('places every label that collides with none', () => {
    const placed = placeLabels([label(100, 100), label(400, 300)], VIEW);
    expect(placed.map((p) => [p.index, p.anchor])).toEqual([
      [0, 'top'],
      [1, 'top'],
    ]);
    expect(placed[0]).toMatchObject({x: 70, y: 105});
  });

  it('moves a label to its next anchor when the first is taken, in priority order', () => {
    const placed = placeLabels([label(100, 100), label(160, 95)], VIEW);
    expect(placed.map((p) => p.anchor)).toEqual(['top', 'bottom']);
    // Hemmed in on every side, the second label is left out.
    expect(placeLabels([label(100, 100), label(100, 112)], VIEW)).toHaveLength(1);
  });

  it('leaves out a label with no free anchor, and one whose point is off screen', () => {
    const big = label(100, 100, {width: 400, height: 300, anchors: ['center']});
    const placed = placeLabels([big, label(120, 110), label(-5, 50), label(500, 700)], VIEW);
    expect(placed.map((p) => p.index)).toEqual([0]);
  });

  it('keeps the padding clear around every placed box', () => {
    const a = label(100, 100, {anchors: ['center'], padding: 6});
    const b = label(100 + 60 + 4, 100, {anchors: ['center'], padding: 6});
    expect(placeLabels([a, b], VIEW)).toHaveLength(1);
    const c = label(100 + 60 + 13, 100, {anchors: ['center'], padding: 6});
    expect(placeLabels([a, c], VIEW)).toHaveLength(2);
  });

  it('finds collisions across grid cells, for boxes far larger than a cell', () => {
    const wide = label(400, 300, {width: 700, height: 20, anchors: ['center']});
    const placed = placeLabels([wide, label(90, 300, {anchors: ['center']})], VIEW);
    expect(placed.map((p) => p.index)).toEqual([0]);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length * 10;

  it('keeps a text that fits on one line', () => {
    expect(wrapLines('Minsk Region', 200, measure)).toEqual(['Minsk Region']);
  });

  it('breaks at spaces and after hyphens, never inside a word', () => {
    expect(wrapLines('Republic of North Ossetia-Alania', 120, measure)).toEqual([
      'Republic of',
      'North',
      'Ossetia-',
      'Alania',
    ]);
    expect(wrapLines('Khanty-Mansiysk', 50, measure)).toEqual(['Khanty-', 'Mansiysk']);
  });
});

describe('placeLabels with obstacles', () => {
  it('keeps later labels off an obstacle, which is never returned', () => {
    const circle = label(100, 100, {width: 20, height: 20, anchors: ['center'], obstacle: true});
    const first = label(100, 100, {anchors: ['center']});
    const after = label(102, 101, {anchors: ['center']});
    expect(placeLabels([first, circle], VIEW).map((p) => p.index)).toEqual([0]);
    expect(placeLabels([circle, after], VIEW)).toEqual([]);
  });
});
