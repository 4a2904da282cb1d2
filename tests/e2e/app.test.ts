import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, openApp} from '../helpers/browser';
import {serveForTests} from '../helpers/served';
import {countExpected, readData} from '../helpers/expected';
import {compareScreenshot} from '../helpers/screenshots';

const SHOTS = path.resolve(__dirname, '__screenshots__');

async function summary(p: Page): Promise<{links: number; arcs: number; places: number}> {
  const s = p.locator('#summary');
  return {
    links: Number(await s.getAttribute('data-links')),
    arcs: Number(await s.getAttribute('data-arcs')),
    places: Number(await s.getAttribute('data-places')),
  };
}

describe.runIf(hasBrowser())('the app in Chromium', () => {
  const app = serveForTests();

  async function page(width = 1280, height = 800): Promise<Page> {
    return app.browser.newPage({viewport: {width, height}, deviceScaleFactor: 1});
  }

  it('draws every link and place of the bundled dataset, offline and without errors', async () => {
    const p = await page();
    const log = await guardPage(p);
    await openApp(p, app.base);
    const {links} = readData();
    const counts = await summary(p);
    expect(await p.locator('#summary').getAttribute('role')).toBe('status');
    expect(counts.links).toBe(links.length);
    expect(counts.places).toBe(new Set(links.flatMap((r) => [r.from, r.to])).size);
    expect(counts.arcs).toBeGreaterThan(0);
    expect(counts.arcs).toBeLessThanOrEqual(counts.links);
    expect(log.errors).toEqual([]);
    expect(log.offOrigin).toEqual([]);
    await p.close();
  });

  it('requests the preloaded files once, and draws its first frame with the links', async () => {
    const p = await page();
    const log = await guardPage(p);
    const requests = new Map<string, number>();
    p.on('request', (r) => {
      const file = new URL(r.url()).pathname;
      requests.set(file, (requests.get(file) ?? 0) + 1);
    });
    // The WebGL draws of each task, and the programs they use: a frame of the map is drawn in
    // one. Arcs are the map's only triangle strips; its fills and lines are drawn by elements.
    await p.addInitScript(() => {
      type Task = {elements: number; strips: number; programs: Set<WebGLProgram | null>};
      const tasks: Task[] = [];
      (window as unknown as {__draws: typeof tasks}).__draws = tasks;
      let open = false;
      let program: WebGLProgram | null = null;
      // Each draw is counted as elements, a strip, or neither (the places' plain triangles).
      const count = (kind: 'elements' | 'strips' | null) => {
        if (!open) {
          open = true;
          tasks.push({elements: 0, strips: 0, programs: new Set()});
          queueMicrotask(() => (open = false));
        }
        const t = tasks[tasks.length - 1] as Task;
        if (kind) t[kind]++;
        t.programs.add(program);
      };
      const gl = WebGL2RenderingContext.prototype;
      const {drawElements, drawArrays, useProgram} = gl;
      gl.useProgram = function (this: WebGL2RenderingContext, p) {
        program = p;
        useProgram.call(this, p);
      };
      gl.drawElements = function (this: WebGL2RenderingContext, ...args) {
        count('elements');
        drawElements.apply(this, args);
      };
      gl.drawArrays = function (this: WebGL2RenderingContext, mode, first, n) {
        count(mode === this.TRIANGLE_STRIP ? 'strips' : null);
        drawArrays.call(this, mode, first, n);
      };
    });
    await openApp(p, app.base);
    const preloads = await p
      .locator('link[rel=preload]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloads.filter((f) => /\.(csv|json)$/.test(f))).toHaveLength(4);
    expect(preloads.filter((f) => /maplibre-gl-worker.*\.mjs$/.test(f))).toHaveLength(1);
    expect(preloads.filter((f) => f.endsWith('.woff2'))).toHaveLength(2);
    for (const file of preloads) expect([file, requests.get(file)]).toEqual([file, 1]);
    const draws = await p.evaluate(() =>
      (
        window as unknown as {
          __draws: {elements: number; strips: number; programs: Set<unknown>}[];
        }
      ).__draws.map((t) => ({...t, programs: t.programs.size})),
    );
    expect(draws[0]?.elements).toBeGreaterThan(0);
    expect(draws[0]?.strips).toBeGreaterThan(0);
    // On software WebGL each program's first draw compiles a pipeline while the page waits: the
    // first frame uses five (tile clipping, fills, lines, arcs, places and their labels).
    expect(draws[0]?.programs).toBe(5);
    expect(log.errors).toEqual([]);
    await p.close();
  });

  it('keeps the map the size it was laid out with while the page fills in', async () => {
    for (const [width, height, query] of [
      [1280, 800, ''],
      [360, 640, '?lang=ru'],
      [1920, 1080, ''],
    ] as const) {
      const p = await page(width, height);
      await guardPage(p);
      // Every size the map's box takes, from the first layout of the page.
      await p.addInitScript(() => {
        const sizes: string[] = [];
        (window as unknown as {__sizes: string[]}).__sizes = sizes;
        document.addEventListener('DOMContentLoaded', () => {
          new ResizeObserver((entries) => {
            for (const e of entries) sizes.push(`${e.contentRect.width}x${e.contentRect.height}`);
          }).observe(document.getElementById('map') as HTMLElement);
        });
      });
      await openApp(p, app.base, query);
      const sizes = await p.evaluate(() => (window as unknown as {__sizes: string[]}).__sizes);
      expect([width, new Set(sizes).size, sizes]).toEqual([width, 1, sizes]);
      expect(await p.locator('.histogram .bars rect').count()).toBeGreaterThan(0);
      await p.close();
    }
  });

  it('draws changed arcs straight onto the map, and copies them while they stay the same', async () => {
    const p = await page();
    await guardPage(p);
    await openApp(p, app.base);
    // Strokes drawn (triangle strips) and copies of the arcs (one triangle covering the screen)
    // in each of three frames after a filter change, the map drawn again without a change.
    const frames = await p.evaluate(async () => {
      const w = window as unknown as {
        interregio: {
          map: {once(e: string, f: () => void): void; triggerRepaint(): void};
          show(q: string): void;
        };
      };
      const gl = WebGL2RenderingContext.prototype;
      const {drawArrays} = gl;
      let counts = {strips: 0, copies: 0};
      gl.drawArrays = function (this: WebGL2RenderingContext, mode, first, n) {
        if (mode === this.TRIANGLE_STRIP) counts.strips++;
        if (mode === this.TRIANGLES && n === 3) counts.copies++;
        drawArrays.call(this, mode, first, n);
      };
      const idle = (change: () => void) =>
        new Promise<void>((r) => {
          w.interregio.map.once('idle', () => r());
          change();
        });
      const out: (typeof counts)[] = [];
      await idle(() => w.interregio.show('?types=trade'));
      out.push(counts);
      for (let i = 0; i < 2; i++) {
        counts = {strips: 0, copies: 0};
        await idle(() => w.interregio.map.triggerRepaint());
        out.push(counts);
      }
      gl.drawArrays = drawArrays;
      return out;
    });
    // One pass for the strokes with their casings, two for the arrowheads and their halos.
    expect(frames[0]?.strips).toBe(3);
    expect(frames[0]?.copies).toBe(0);
    expect(frames[1]?.strips).toBe(frames[0]?.strips);
    expect(frames[1]?.copies).toBe(1);
    expect(frames[2]).toEqual({strips: 0, copies: 1});
    await p.close();
  });

  it('keeps the link total at every roll-up level, with fewer arcs as places merge', async () => {
    const p = await page();
    await guardPage(p);
    const arcs: number[] = [];
    for (const level of ['city', 'region', 'country']) {
      await openApp(p, app.base, `?level=${level}`);
      const counts = await summary(p);
      expect(counts.links).toBe(readData().links.length);
      arcs.push(counts.arcs);
    }
    expect(arcs[0]).toBeGreaterThanOrEqual(arcs[1] ?? 0);
    expect(arcs[1]).toBeGreaterThanOrEqual(arcs[2] ?? 0);
    await p.close();
  });

  it.each([
    '?years=2010-2020',
    '?years=2024',
    '?types=twinning',
    '?types=trade,supply&undated=0',
    '?sectors=machinery,agriculture',
    '?countries=UZ',
    '?countries=RU,KZ&years=2015-2019',
    '?undated=0',
  ])('shows the links the semantics keep for %s', async (query) => {
    const p = await page();
    await guardPage(p);
    await openApp(p, app.base, query);
    const expected = countExpected(query);
    const counts = await summary(p);
    expect(counts.links).toBe(expected.links);
    expect(counts.places).toBe(expected.places);
    await p.close();
  });

  it('speaks Russian with lang=ru', async () => {
    const p = await page();
    const log = await guardPage(p);
    await openApp(p, app.base, '?lang=ru');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await p.locator('#summary').textContent()).toMatch(/связ/);
    expect(await p.locator('#legend summary').textContent()).toBe('Легенда');
    expect(await p.locator('.facet-types legend').textContent()).toBe('Тип');
    expect(log.errors).toEqual([]);
    await p.close();
  });

  it("labels places and regions in the reader's language, no two labels overlapping", async () => {
    type Box = {text: string; x: number; y: number; width: number; height: number};
    const labelsOf = (p: Page) =>
      p.evaluate(async () => {
        const app = (
          window as unknown as {
            interregio: {labelsOnScreen(): Box[]; map: {once(e: string, f: () => void): void}};
          }
        ).interregio;
        // Labels are placed in the frame; the web font may arrive a frame after ready.
        await document.fonts.ready;
        await new Promise<void>((r) => {
          app.map.once('idle', () => r());
          (app.map as unknown as {triggerRepaint(): void}).triggerRepaint();
        });
        return app.labelsOnScreen();
      });
    const p = await page();
    await guardPage(p);
    for (const [query, script, name] of [
      ['', /[A-Za-z]/, 'Minsk'],
      ['?lang=ru', /[А-Яа-я]/, 'Минск'],
    ] as const) {
      await openApp(p, app.base, `${query}${query ? '&' : '?'}map=4.2/54/27.5`);
      const labels = await labelsOf(p);
      expect(labels.length).toBeGreaterThan(10);
      expect(labels.every((l) => script.test(l.text))).toBe(true);
      expect(labels.map((l) => l.text)).toContain(name);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1))
          expect(
            a.x < b.x + b.width &&
              b.x < a.x + a.width &&
              a.y < b.y + b.height &&
              b.y < a.y + a.height,
            `${a.text} overlaps ${b.text}`,
          ).toBe(false);
    }
    await p.close();
  });

  it.each(['?lang=xx', '?years=20015', '?types=bogus&level=district', '?place=%3Cimg%3E'])(
    'notes malformed %s and loads the default view',
    async (query) => {
      const p = await page();
      const log = await guardPage(p);
      await openApp(p, app.base, query);
      const notice = await p.locator('.notice').first().textContent();
      expect(notice).toMatch(/Ignored in the address/);
      expect((await summary(p)).links).toBe(readData().links.length);
      expect(log.errors).toEqual([]);
      await p.close();
    },
  );

  it('stays hidden until its first view is filled in, then shows it', async () => {
    const p = await page();
    const log = await guardPage(p);
    // What the summary said when the page was first shown.
    await p.addInitScript(() => {
      const w = window as unknown as {__shownWith?: string};
      new MutationObserver(() => {
        if (w.__shownWith == null && !('loading' in document.documentElement.dataset))
          w.__shownWith = document.getElementById('summary')?.textContent ?? '';
      }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-loading']});
    });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await p.route(/links[^/]*\.csv$/, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(app.base, {waitUntil: 'domcontentloaded'});
    const visibility = () => p.evaluate(() => getComputedStyle(document.body).visibility);
    expect(await visibility()).toBe('hidden');
    release();
    await p.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 90_000,
    });
    expect(await visibility()).toBe('visible');
    const shownWith = await p.evaluate(
      () => (window as unknown as {__shownWith?: string}).__shownWith,
    );
    expect(shownWith).toMatch(/\d links/);
    expect(shownWith).toBe(await p.locator('#summary').textContent());
    expect(log.errors).toEqual([]);
    await p.close();
  });

  it('shows an error with a retry button when the links cannot be loaded', async () => {
    const p = await page();
    await guardPage(p);
    await p.route(/links[^/]*\.csv$/, (route) => route.fulfill({status: 500, body: 'down'}));
    await p.goto(app.base);
    const alert = p.locator('[role=alert]');
    await alert.waitFor({timeout: 60_000});
    expect(await alert.textContent()).toContain('could not be loaded');
    // Shown at once, not by the stylesheet's fallback a few seconds later.
    expect(await p.evaluate(() => 'loading' in document.documentElement.dataset)).toBe(false);
    expect(await p.locator('[role=alert] button').textContent()).toBe('Retry');
    // Nothing says it is still loading, and the tools without data are hidden.
    expect(await p.locator('#summary').textContent()).toBe('');
    expect(await p.locator('#tools').isVisible()).toBe(false);
    expect(await p.locator('#legend').isVisible()).toBe(false);
    // In the page's own font, not the one MapLibre gives the map's container.
    expect(
      await p.locator('[role=alert] p').evaluate((e) => getComputedStyle(e).fontFamily),
    ).toMatch(/^"?Noto Sans/);
    await p.close();
  });

  it.each([
    [1280, 800, ''],
    [360, 640, '?lang=ru'],
    [1920, 1080, '?level=region'],
  ])('looks as it did at %ix%i%s (screenshot baseline)', async (width, height, query) => {
    const p = await page(width, height);
    await guardPage(p);
    await openApp(p, app.base, query);
    const shot = await p.screenshot();
    const name = `app-${width}x${height}${query.replace(/\W+/g, '-')}.png`;
    const {diffRatio} = compareScreenshot(shot, path.join(SHOTS, name));
    expect(diffRatio).toBeLessThanOrEqual(0.002);
    await p.close();
  });
});
