import type {AddressInfo} from 'node:net';
import type {Browser} from 'playwright-core';
import {createServer, type ViteDevServer} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, launchBrowser, openApp} from '../helpers/browser';

// The quick start runs the app through the dev server, which serves modules (MapLibre's worker
// among them) otherwise than the build does.
describe.runIf(hasBrowser())('the app from the dev server', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let base = '';
  beforeAll(async () => {
    server = await createServer({
      logLevel: 'silent',
      server: {host: '127.0.0.1', port: 0, strictPort: false},
    });
    await server.listen();
    base = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}/`;
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
