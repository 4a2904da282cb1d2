import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, openApp} from '../helpers/browser';
import {serveForTests} from '../helpers/served';
import {countExpected, readData} from '../helpers/expected';

interface ArcOnScreen {
  key: string;
  count: number;
  x: number;
  y: number;
}

/** The on-screen middle of every arc the map has drawn, away from the edges, biggest first. */
async function arcsOnScreen(p: Page): Promise<ArcOnScreen[]> {
  return p.evaluate(() => {
    const app = (window as unknown as {interregio: {arcsOnScreen(): ArcOnScreen[]}}).interregio;
    const canvas = document.querySelector('#map canvas') as HTMLCanvasElement;
    const {width, height} = canvas.getBoundingClientRect();
    return app
      .arcsOnScreen()
      .filter((a) => a.x >= 40 && a.y >= 40 && a.x <= width - 40 && a.y <= height - 40)
      .sort((a, b) => b.count - a.count);
  });
}

async function clickOnMap(p: Page, x: number, y: number): Promise<void> {
  const box = await p.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  await p.mouse.click(box.x + x, box.y + y);
}

describe.runIf(hasBrowser())('interacting with the map', () => {
  const app = serveForTests();

  async function ready(query = ''): Promise<Page> {
    const p = await app.browser.newPage({viewport: {width: 1280, height: 800}});
    await guardPage(p);
    await openApp(p, app.base, query);
    return p;
  }

  it('hovering an arc shows a tooltip naming the pair', async () => {
    const p = await ready();
    const [arc] = await arcsOnScreen(p);
    expect(arc).toBeDefined();
    const box = await p.locator('#map canvas').boundingBox();
    await p.mouse.move((box?.x ?? 0) + (arc?.x ?? 0), (box?.y ?? 0) + (arc?.y ?? 0));
    const tip = p.locator('#tooltip');
    await tip.waitFor({state: 'visible'});
    expect(await tip.locator('.tip-title').textContent()).toContain('—');
    await p.close();
  });

  it('clicking an arc lists every fact of the pair with its quote, and Esc closes it', async () => {
    const p = await ready();
    const [arc] = await arcsOnScreen(p);
    await clickOnMap(p, arc?.x ?? 0, arc?.y ?? 0);
    const panel = p.locator('#details');
    await panel.waitFor({state: 'visible'});
    const facts = panel.locator('.facts li');
    expect(await facts.count()).toBe(arc?.count);
    const quote = (await facts.first().locator('blockquote').textContent()) ?? '';
    const {links} = readData();
    expect(links.some((l) => quote.includes(l.quote ?? '\u0000'))).toBe(true);
    expect(await facts.first().locator('figcaption').textContent()).toMatch(/\.txt, line \d+/);
    await p.keyboard.press('Escape');
    await panel.waitFor({state: 'hidden'});
    await p.close();
  });

  it('the close button clears the selection', async () => {
    const p = await ready();
    const [arc] = await arcsOnScreen(p);
    await clickOnMap(p, arc?.x ?? 0, arc?.y ?? 0);
    await p.locator('#details .close').click();
    await p.locator('#details').waitFor({state: 'hidden'});
    await p.close();
  });

  it('clicking a place shows its links only and a panel of its partners', async () => {
    const p = await ready();
    const target = await p.evaluate(() => {
      const app = (
        window as unknown as {
          interregio: {placesOnScreen(): {id: string; links: number; x: number; y: number}[]};
        }
      ).interregio;
      return app.placesOnScreen().sort((a, b) => b.links - a.links)[0] ?? null;
    });
    expect(target).not.toBeNull();
    await clickOnMap(p, target?.x ?? 0, target?.y ?? 0);
    await p.waitForFunction(
      (id) => new URL(location.href).searchParams.get('place') === id,
      target?.id,
    );
    // A place's ego view keeps its own links and those of the places inside it.
    expect(Number(await p.locator('#summary').getAttribute('data-links'))).toBe(
      countExpected(`?place=${target?.id ?? ''}`).links,
    );
    const panel = p.locator('#details');
    await panel.waitFor({state: 'visible'});
    const partners = panel.locator('.partners li');
    expect(await partners.count()).toBeGreaterThan(0);
    const counts = await partners.locator('.count').allTextContents();
    const numbers = counts.map(Number);
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
    await p.keyboard.press('Escape');
    await p.waitForFunction(() => !new URL(location.href).searchParams.has('place'));
    await p.close();
  });

  it('search finds a place by any spelling and selects it', async () => {
    const p = await ready();
    const {places, links} = readData();
    const used = new Set(links.flatMap((l) => [l.from, l.to]));
    const place = [...places.values()].find((x) => used.has(x.id ?? '') && x.kind === 'region');
    expect(place).toBeDefined();
    const input = p.locator('#search-input');
    await input.fill((place?.name_ru ?? '').toUpperCase());
    await p.locator('#search-results [role=option]').first().waitFor();
    await input.press('Enter');
    await p.waitForFunction(
      (id) => new URL(location.href).searchParams.get('place') === id,
      place?.id,
    );
    await p.close();
  });

  it('filters are in the URL, and Back returns to the previous view', async () => {
    const p = await ready();
    const total = Number(await p.locator('#summary').getAttribute('data-links'));
    await p.locator('.facet-types input[value=twinning]').check();
    await p.waitForFunction(() => location.search.includes('types=twinning'));
    const filtered = Number(await p.locator('#summary').getAttribute('data-links'));
    expect(filtered).toBe(readData().links.filter((l) => l.type === 'twinning').length);
    await p.goBack();
    await p.waitForFunction(() => !location.search.includes('types='));
    expect(Number(await p.locator('#summary').getAttribute('data-links'))).toBe(total);
    await p.goForward();
    await p.waitForFunction(() => location.search.includes('types=twinning'));
    expect(Number(await p.locator('#summary').getAttribute('data-links'))).toBe(filtered);
    await p.close();
  });

  it('changes in a row are one history entry, and Back returns to before them', async () => {
    const p = await ready();
    const total = Number(await p.locator('#summary').getAttribute('data-links'));
    const entries = await p.evaluate(() => history.length);
    // Two ticks in one go, as a reader's quick clicks.
    await p.evaluate(() => {
      for (const t of ['twinning', 'trade'])
        document.querySelector<HTMLInputElement>(`.facet-types input[value=${t}]`)?.click();
    });
    await p.waitForFunction(() => location.search.includes('types='));
    expect(await p.evaluate(() => new URL(location.href).searchParams.get('types'))).toBe(
      'twinning,trade',
    );
    expect(await p.evaluate(() => history.length)).toBe(entries + 1);
    await p.goBack();
    await p.waitForFunction(() => !location.search.includes('types='));
    expect(Number(await p.locator('#summary').getAttribute('data-links'))).toBe(total);
    await p.close();
  });

  it('a change not yet in the address is kept when the reader leaves at once', async () => {
    const p = await ready();
    await p.evaluate(() =>
      document.querySelector<HTMLInputElement>('.facet-types input[value=trade]')?.click(),
    );
    await p.goto(`${app.base}?lang=ru`);
    await p.goBack();
    await p.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect(new URL(p.url()).searchParams.get('types')).toBe('trade');
    await p.close();
  });

  it('an empty result says so and offers a reset', async () => {
    const p = await ready('?years=1901');
    expect(await p.locator('#summary').getAttribute('data-links')).toBe(
      String(
        readData().links.filter((l) => !l.year || (l.type === 'twinning' && Number(l.year) <= 1901))
          .length,
      ),
    );
    await p.close();
    const q = await ready('?years=1901&undated=0');
    const empty = q.locator('#empty');
    await empty.waitFor({state: 'visible'});
    await empty.locator('button').click();
    await q.waitForFunction(() => location.search === '');
    expect(Number(await q.locator('#summary').getAttribute('data-links'))).toBe(
      readData().links.length,
    );
    await q.close();
  });
});
