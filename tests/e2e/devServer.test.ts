import {describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, openApp} from '../helpers/browser';
import {serveForTests} from '../helpers/served';

// The quick start runs the app through the dev server, which serves modules (MapLibre's worker
// among them) otherwise than the build does.
describe.runIf(hasBrowser())('the app from the dev server', () => {
  const app = serveForTests('dev');

  it('draws the map with its links, without errors', async () => {
    const p = await app.browser.newPage({viewport: {width: 1280, height: 800}});
    const log = await guardPage(p);
    await openApp(p, app.base);
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
