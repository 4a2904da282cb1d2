import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {guardPage, hasBrowser, openApp} from '../helpers/browser';
import {serveForTests} from '../helpers/served';

interface PlaceOnScreen {
  id: string;
  links: number;
  x: number;
  y: number;
}

/** Links from every Belarusian region to every region of Russia, Ukraine and Kazakhstan. */
function createDenseLinks(): {csv: string; belarus: string[]; partners: string[]} {
  const topo = JSON.parse(readFileSync('data/boundaries/regions.topo.json', 'utf8')) as {
    objects: {regions: {geometries: {id: string}[]}};
  };
  const ids = topo.objects.regions.geometries.map((g) => g.id);
  const belarus = ids.filter((id) => id.startsWith('BY-'));
  const partners = ids.filter((id) => /^(RU|UA|KZ)-/.test(id));
  const rows = ['id,from,to,type,year,status'];
  for (const from of belarus)
    for (const to of partners) rows.push(`${from}>${to},${from},${to},agreement,2015,signed`);
  return {csv: `${rows.join('\n')}\n`, belarus, partners};
}

describe.runIf(hasBrowser())('a dense view', () => {
  const app = serveForTests();
  const {csv, belarus, partners} = createDenseLinks();

  async function open(query = ''): Promise<Page> {
    const p = await app.browser.newPage({viewport: {width: 1280, height: 800}});
    await guardPage(p);
    await p.route('**/dense/links.csv', (r) =>
      r.fulfill({status: 200, contentType: 'text/csv', body: csv}),
    );
    await openApp(p, app.base, `?data=dense/links.csv&level=region${query}`);
    await p.waitForFunction(
      (n) => document.getElementById('summary')?.dataset.links === String(n),
      belarus.length * partners.length,
    );
    return p;
  }

  const summary = (p: Page) =>
    p.evaluate(() => {
      const s = document.getElementById('summary') as HTMLElement;
      return {arcs: Number(s.dataset.arcs), places: Number(s.dataset.places)};
    });
  const places = (p: Page) =>
    p.evaluate(() =>
      (
        window as unknown as {interregio: {placesOnScreen(): PlaceOnScreen[]}}
      ).interregio.placesOnScreen(),
    );

  it('draws nearby partner places as one, counting every place and keeping Belarus apart', async () => {
    const p = await open();
    expect(belarus.length * partners.length).toBeGreaterThan(600);
    const {arcs, places: count} = await summary(p);
    expect(count).toBe(belarus.length + partners.length);
    expect(arcs).toBeLessThan((belarus.length * partners.length) / 2);
    const drawn = await places(p);
    expect(drawn.length).toBeLessThan(count);
    for (const id of belarus) expect(drawn.map((d) => d.id)).toContain(id);
    const labels = await p.evaluate(() =>
      (
        window as unknown as {interregio: {labelsOnScreen(): {text: string}[]}}
      ).interregio.labelsOnScreen(),
    );
    expect(labels.some((l) => / \+\d+$/.test(l.text))).toBe(true);
    expect(await p.locator('.legend').textContent()).toContain('“+2”');
    await p.close();
  });

  it('names a group and its places on hover, and opens it up on a click', async () => {
    const p = await open('&lang=ru');
    const box = await p.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const before = await summary(p);
    const zoom = () =>
      p.evaluate(() =>
        (window as unknown as {interregio: {map: {getZoom(): number}}}).interregio.map.getZoom(),
      );
    const z0 = await zoom();
    // The best linked partner places first: the ones likeliest to lead a group.
    const candidates = (await places(p))
      .filter((d) => !d.id.startsWith('BY-'))
      .sort((a, b) => b.links - a.links);
    let lines: string[] = [];
    let group: PlaceOnScreen | undefined;
    for (const c of candidates.slice(0, 10)) {
      await p.mouse.move(box.x + c.x, box.y + c.y);
      await p.waitForTimeout(50);
      lines = await p.locator('#tooltip > *').allTextContents();
      if (/ \+\d+$/.test(lines[0] ?? '')) {
        group = c;
        break;
      }
    }
    expect(group).toBeDefined();
    const others = Number(/\+(\d+)$/.exec(lines[0] ?? '')?.[1]);
    expect(lines[1]?.split(', ').length).toBe(Math.min(others, 5) + (others > 5 ? 1 : 0));
    expect(lines.at(-1)).toMatch(/приблизить/);
    await p.mouse.click(box.x + (group?.x ?? 0), box.y + (group?.y ?? 0));
    await p.waitForFunction((z) => {
      const m = (window as unknown as {interregio: {map: {getZoom(): number; isMoving(): boolean}}})
        .interregio.map;
      return !m.isMoving() && m.getZoom() > z + 1.5;
    }, z0);
    await p.waitForFunction(
      (n) => Number(document.getElementById('summary')?.dataset.arcs) > n,
      before.arcs,
    );
    expect(await p.locator('#summary').getAttribute('data-places')).toBe(String(before.places));
    await p.close();
  });
});
