import {readFileSync} from 'node:fs';
import path from 'node:path';
import {csvParse} from 'd3-dsv';
import type {Browser, Page} from 'playwright-core';
import type {PreviewServer} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, launchBrowser, openApp, serveDist} from '../helpers/browser';
import {compareScreenshot} from '../helpers/screenshots';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'tests', 'e2e', '__screenshots__');

// Expected counts straight from the CSV: every row is drawn, every place it names is shown.
const rows = csvParse(readFileSync(path.join(ROOT, 'data', 'links.csv'), 'utf8'));
const expectedLinks = rows.filter((r) => r.from !== r.to).length;
const expectedPlaces = new Set(rows.flatMap((r) => [r.from, r.to])).size;

describe.runIf(hasBrowser())('the app in Chromium', () => {
  let browser: Browser;
  let server: PreviewServer;
  let base: string;

  beforeAll(async () => {
    ({server, url: base} = await serveDist());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(width = 1280, height = 800): Promise<Page> {
    return browser.newPage({viewport: {width, height}, deviceScaleFactor: 1});
  }

  it('draws every link and place of the bundled dataset, offline and without errors', async () => {
    const p = await page();
    const log = await guardPage(p);
    await openApp(p, base);
    const summary = p.locator('#summary');
    await expect(summary.getAttribute('role')).resolves.toBe('status');
    expect(Number(await summary.getAttribute('data-links'))).toBe(expectedLinks);
    expect(Number(await summary.getAttribute('data-places'))).toBe(expectedPlaces);
    expect(log.errors).toEqual([]);
    expect(log.offOrigin).toEqual([]);
    const drawn = await p.evaluate(
      () => document.querySelectorAll('canvas.maplibregl-canvas').length,
    );
    expect(drawn).toBe(1);
    await p.close();
  });

  it('speaks Russian with lang=ru', async () => {
    const p = await page();
    const log = await guardPage(p);
    await openApp(p, base, '?lang=ru');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await p.locator('#summary').textContent()).toMatch(/связ/);
    expect(await p.locator('#legend h2').textContent()).toBe('Типы связей');
    expect(log.errors).toEqual([]);
    await p.close();
  });

  it('notes an unknown URL value and still loads the default view', async () => {
    const p = await page();
    await guardPage(p);
    await openApp(p, base, '?lang=xx');
    expect(await p.locator('.notice').first().textContent()).toContain('lang=xx');
    expect(Number(await p.locator('#summary').getAttribute('data-links'))).toBe(expectedLinks);
    await p.close();
  });

  it('shows an error with a retry button when the links cannot be loaded', async () => {
    const p = await page();
    await guardPage(p);
    await p.route(/links[^/]*\.csv$/, (route) => route.fulfill({status: 500, body: 'down'}));
    await p.goto(base);
    const alert = p.locator('[role=alert]');
    await alert.waitFor({timeout: 60_000});
    expect(await alert.textContent()).toContain('could not be loaded');
    expect(await p.locator('[role=alert] button').textContent()).toBe('Retry');
    await p.close();
  });

  it.each([
    [1280, 800, ''],
    [360, 640, '?lang=ru'],
  ])('looks as it did at %ix%i%s (screenshot baseline)', async (width, height, query) => {
    const p = await page(width, height);
    await guardPage(p);
    await openApp(p, base, query);
    const shot = await p.screenshot();
    const name = `app-${width}x${height}${query.replace(/\W+/g, '-')}.png`;
    const {diffRatio} = compareScreenshot(shot, path.join(SHOTS, name));
    expect(diffRatio).toBeLessThanOrEqual(0.002);
    await p.close();
  });
});
