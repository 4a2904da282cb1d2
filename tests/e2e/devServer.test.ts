import type {Browser} from 'playwright-core';
import type {ViteDevServer} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, launchBrowser, openApp, serveDev} from '../helpers/browser';

// The quick start runs the app through the dev server, which serves modules (MapLibre's worker
// among them) otherwise than the build does.
describe.runIf(hasBrowser())('the app from the dev server', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let base = '';
  beforeAll(async () => {
    ({server, url: base} = await serveDev());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the map with its links, without errors', async () => {
    const p = await browser.newPage({viewport: {width: 1280, height: 800}});
    const log = await guardPage(p);
    await openApp(p, base);
    const arcs = await p.evaluate(
      () =>
        (window as unknown as {interregio: {arcsOnScreen(): unknown[]}}).interregio.arcsOnScreen()
          .length,
    );
    expect(arcs).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    expect(log.offOrigin).toEqual([]);
    await p.close();
  });
});
