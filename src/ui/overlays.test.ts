import {describe, expect, it} from 'vitest';
import {getOverlayPadding} from './overlays';

const map = {left: 0, top: 0, right: 1000, bottom: 800};

describe('getOverlayPadding', () => {
  it('keeps the base padding when no panel lies over the map', () => {
    expect(getOverlayPadding(map, [{left: 1010, top: 0, right: 1200, bottom: 100}])).toEqual({
      top: 32,
      right: 32,
      bottom: 32,
      left: 32,
    });
  });

  it('clears a legend on the right edge and a story card at the bottom', () => {
    const legend = {left: 760, top: 380, right: 990, bottom: 790};
    const story = {left: 10, top: 600, right: 450, bottom: 790};
    const pad = getOverlayPadding(map, [legend, story]);
    expect(pad.right).toBe(240 + 16);
    expect(pad.bottom).toBe(200 + 16);
    expect(pad.left).toBe(32);
    expect(pad.top).toBe(32);
  });

  it('never gives a side more than its share of the map', () => {
    const wide = {left: 0, top: 0, right: 1000, bottom: 700};
    expect(getOverlayPadding(map, [wide]).top).toBe(800 * 0.4);
  });
});
