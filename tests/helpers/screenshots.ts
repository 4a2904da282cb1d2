import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';

/** Where a differing screenshot and its diff image are written. */
const OUTPUT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'e2e',
  '__output__',
);

/** Result of comparing a screenshot with its baseline. */
export interface ScreenshotComparison {
  created: boolean;
  diffRatio: number;
}

/**
 * Compares a PNG with the committed baseline at `file`. Without a baseline (or with
 * UPDATE_SNAPSHOTS=1) it writes one, except under CI=true, where a missing baseline is an error.
 * Any difference leaves `<name>-actual.png` and `<name>-diff.png` in `tests/e2e/__output__/`
 * (ignored by git), never beside the committed baselines.
 */
export function compareScreenshot(
  actual: Buffer,
  file: string,
  threshold = 0.1,
): ScreenshotComparison {
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  if (!existsSync(file) || update) {
    if (process.env.CI === 'true')
      throw new Error(`no baseline ${file}: baselines are never made on CI`);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, actual);
    return {created: true, diffRatio: 0};
  }
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(readFileSync(file));
  if (a.width !== e.width || a.height !== e.height) return {created: false, diffRatio: 1};
  const diff = new PNG({width: a.width, height: a.height});
  const n = pixelmatch(a.data, e.data, diff.data, a.width, a.height, {threshold});
  const diffRatio = n / (a.width * a.height);
  if (n > 0) {
    mkdirSync(OUTPUT, {recursive: true});
    const base = path.join(OUTPUT, path.basename(file, '.png'));
    writeFileSync(`${base}-actual.png`, actual);
    writeFileSync(`${base}-diff.png`, PNG.sync.write(diff));
  }
  return {created: false, diffRatio};
}
