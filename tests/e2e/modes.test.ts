import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {csvParse} from 'd3-dsv';
import type {Page} from 'playwright-core';
import {PNG} from 'pngjs';
import {describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, openApp} from '../helpers/browser';
import {serveForTests} from '../helpers/served';
import {countExpected, readData} from '../helpers/expected';

const require = createRequire(import.meta.url);
const stories = JSON.parse(readFileSync(require.resolve('../../data/stories.json'), 'utf8')) as {
  id: string;
  steps: {query: string}[];
}[];

describe.runIf(hasBrowser())('modes, exports and accessibility', () => {
  const app = serveForTests();

  async function ready(query = '', width = 1280, height = 800): Promise<Page> {
    const p = await app.browser.newPage({
      viewport: {width, height},
      acceptDownloads: true,
      bypassCSP: true,
    });
    await guardPage(p);
    await openApp(p, app.base, query);
    return p;
  }

  it('ships at least six stories, each step with filters the app accepts', () => {
    expect(stories.length).toBeGreaterThanOrEqual(6);
    for (const s of stories)
      for (const st of s.steps) expect(countExpected(`?${st.query}`).links).toBeGreaterThan(0);
  });

  it('presenter mode steps through a story with arrow keys, PageDown/PageUp and space', async () => {
    const story = stories.find((s) => s.steps.length >= 3) ?? stories[0];
    const p = await ready(`?mode=present&story=${story?.id}`);
    const card = p.locator('#story');
    await card.waitFor({state: 'visible'});
    expect(await p.locator('#controls').isVisible()).toBe(false);
    // The address follows each step once the keys pause.
    const atStep = (n: number) =>
      p.waitForFunction(
        (want) => (new URL(location.href).searchParams.get('step') ?? '1') === want,
        String(n),
      );
    const last = Math.min(3, story?.steps.length ?? 0);
    await p.keyboard.press('ArrowRight');
    await atStep(2);
    await p.keyboard.press('PageDown');
    await atStep(last);
    await p.keyboard.press('PageUp');
    await atStep(2);
    await p.keyboard.press(' ');
    await atStep(last);
    await p.keyboard.press('Home');
    await atStep(1);
    const expected = countExpected(`?${story?.steps[0]?.query}`);
    expect(Number(await p.locator('#summary').getAttribute('data-links'))).toBe(expected.links);
    await p.close();
  });

  it("presenter mode frames a story's first step on its own full-screen layout", async () => {
    const story = stories.find((s) => s.steps.length >= 2) ?? stories[0];
    const p = await ready(`?mode=present&story=${story?.id}`, 1920, 1080);
    const zoomWhenIdle = () =>
      p.evaluate(async () => {
        const map = (
          window as unknown as {
            interregio: {
              map: {getZoom(): number; isMoving(): boolean; once(e: string, f: () => void): void};
            };
          }
        ).interregio.map;
        while (map.isMoving()) await new Promise<void>((r) => map.once('moveend', () => r()));
        return map.getZoom();
      });
    const opened = await zoomWhenIdle();
    // Stepping there again frames the step anew, in the layout as it now is.
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    await zoomWhenIdle();
    await p.keyboard.press('Home');
    await p.waitForFunction(() => (new URL(location.href).searchParams.get('step') ?? '1') === '1');
    await p.waitForTimeout(100);
    expect(await zoomWhenIdle()).toBeCloseTo(opened, 1);
    await p.close();
  });

  it('a presenter URL opens on its step', async () => {
    const story = stories[0];
    const p = await ready(`?mode=present&story=${story?.id}&step=2&lang=ru`);
    expect(await p.locator('#story .story-pos').textContent()).toBe(`2 из ${story?.steps.length}`);
    await p.close();
  });

  it("presenter mode draws the map's labels larger, for a room to read", async () => {
    const p = await ready(`?mode=present&story=${stories[0]?.id}&step=0`, 1920, 1080);
    const measure = () =>
      p.evaluate(async () => {
        const app = (
          window as unknown as {
            interregio: {
              labelsOnScreen(): {text: string; height: number}[];
              map: {
                getZoom(): number;
                once(e: string, f: () => void): void;
                triggerRepaint(): void;
              };
            };
          }
        ).interregio;
        await document.fonts.ready;
        await new Promise<void>((r) => {
          app.map.once('idle', () => r());
          app.map.triggerRepaint();
        });
        const heights = app.labelsOnScreen().map((l) => l.height);
        return {zoom: app.map.getZoom(), height: Math.min(...heights)};
      });
    const present = await measure();
    await p.locator('#btn-exit-present').click();
    await p.waitForFunction(() => document.body.dataset.mode === 'explore');
    const explore = await measure();
    expect(explore.zoom).toBeCloseTo(present.zoom, 5);
    expect(present.height).toBeGreaterThan(explore.height * 1.25);
    await p.close();
  });

  it('embeds in a 320×240 iframe with legend, attribution and a link to the full map', async () => {
    const p = await app.browser.newPage({viewport: {width: 480, height: 400}});
    await guardPage(p);
    await p.setContent(
      `<iframe id="f" src="${app.base}?mode=embed" width="320" height="240" style="border:0"></iframe>`,
    );
    const frame = p.frameLocator('#f');
    const inner = await (await p.locator('#f').elementHandle())?.contentFrame();
    await inner?.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 90_000,
    });
    expect(await frame.locator('#legend').isVisible()).toBe(true);
    expect(await frame.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth');
    expect(await frame.locator('#embed-link').getAttribute('href')).not.toContain('mode=embed');
    expect(await frame.locator('#controls').isVisible()).toBe(false);
    const links = Number(await frame.locator('#summary').getAttribute('data-links'));
    expect(links).toBe(readData().links.length);
    await p.close();
  });

  it.each([1, 2])('exports a PNG at %i× with the map and a title band', async (scale) => {
    const p = await ready();
    await p.locator('#export-menu summary').click();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.locator(`[data-export=png${scale}]`).click(),
    ]);
    const png = PNG.sync.read(readFileSync((await download.path()) as string));
    const box = await p.locator('#map canvas').boundingBox();
    expect(png.width).toBe(Math.round((box?.width ?? 0) * scale));
    expect(png.height).toBe(Math.round(((box?.height ?? 0) + 82) * scale));
    await p.close();
  });

  it('exports the filtered links as CSV that reads back equal to the view', async () => {
    const query = '?types=twinning,trade';
    const p = await ready(query);
    await p.locator('#export-menu summary').click();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.locator('[data-export=csv]').click(),
    ]);
    const rows = csvParse(readFileSync((await download.path()) as string, 'utf8'));
    const expected = readData().links.filter((l) => ['twinning', 'trade'].includes(l.type ?? ''));
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(rows.every((r) => r.quote && r.source && r.line)).toBe(true);
    await p.close();
  });

  it('the table view lists the filtered links and sorts by a column', async () => {
    const p = await ready('?view=table');
    const rows = p.locator('#table-view tbody tr');
    expect(await rows.count()).toBe(readData().links.length);
    await p.locator('#table-view th button').first().click();
    expect(await p.locator('#table-view th').first().getAttribute('aria-sort')).toBe('ascending');
    await p.close();
  });

  it('the share dialog gives the link and an iframe snippet of the current view', async () => {
    const p = await ready('?types=twinning');
    await p.locator('#btn-share').click();
    const areas = p.locator('#share-dialog textarea');
    expect(await areas.nth(0).inputValue()).toContain('types=twinning');
    expect(await areas.nth(1).inputValue()).toMatch(/^<iframe src="[^"]*mode=embed/);
    await p.close();
  });

  it.each(['', '?lang=ru', '?mode=embed', '?view=table', '?mode=present'])(
    'axe finds no serious or critical violation (%s)',
    async (query) => {
      const p = await ready(query);
      await p.addScriptTag({path: require.resolve('axe-core/axe.min.js')});
      const violations = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                ctx: unknown,
                o: unknown,
              ): Promise<{violations: {id: string; impact: string; nodes: {target: string[]}[]}[]}>;
            };
          }
        ).axe;
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await p.close();
    },
  );

  it('everything works by keyboard: Tab reaches the search, filters and tools', async () => {
    const p = await ready();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await p.keyboard.press('Tab');
      seen.add(
        await p.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
      );
    }
    expect(seen.has('search-input')).toBe(true);
    expect(seen.has('btn-share')).toBe(true);
    expect(seen.has('INPUT')).toBe(true);
    await p.close();
  });
});
