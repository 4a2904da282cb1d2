import {describe, expect, it} from 'vitest';
import {bundleSizes} from '../../scripts/bench';

/** The budget of the app's own code beside maplibre-gl, gzip bytes (as `npm run bench` counts it). */
const APP_CODE_BUDGET = 60_000;

describe('the built app', () => {
  it(`keeps its own code within ${APP_CODE_BUDGET} bytes gzip`, () => {
    const {appCodeGzip} = bundleSizes();
    // None would be a build without the app's code, not a small one.
    expect(appCodeGzip).toBeGreaterThan(0);
    expect(appCodeGzip).toBeLessThanOrEqual(APP_CODE_BUDGET);
  });
});
