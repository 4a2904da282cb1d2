import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';

const ASSETS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'dist',
  'assets',
);
/** The budget of the app's own code beside maplibre-gl, gzip bytes (as `npm run bench` counts it). */
const APP_CODE_BUDGET = 60_000;

describe('the built app', () => {
  it(`keeps its own code within ${APP_CODE_BUDGET} bytes gzip`, () => {
    const files = readdirSync(ASSETS).filter((f) => /^index-.*\.js$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const bytes = files.reduce(
      (s, f) => s + gzipSync(readFileSync(path.join(ASSETS, f))).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(APP_CODE_BUDGET);
  });
});
