import {describe, expect, it} from 'vitest';
import {collectLabels} from './places';

describe('collectLabels', () => {
  it('collects once when the atlas keeps its labels', () => {
    const atlas = {generation: 3};
    let runs = 0;
    expect(collectLabels(atlas, () => ++runs)).toBe(1);
    expect(runs).toBe(1);
  });

  it('collects again, and keeps that, when the atlas was cleared while it collected', () => {
    const atlas = {generation: 0};
    const results: string[] = [];
    const out = collectLabels(atlas, () => {
      // The first run fills the atlas part way through its labels.
      if (!results.length) atlas.generation++;
      results.push(`run ${results.length + 1}`);
      return results.at(-1);
    });
    expect(results).toEqual(['run 1', 'run 2']);
    expect(out).toBe('run 2');
  });
});
