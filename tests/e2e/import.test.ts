import {chromium, type Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {CHROME_ARGS, CHROME_PATH, guardPage, hasBrowser, openApp} from '../helpers/browser';
import {serveForTests} from '../helpers/served';
import {readData} from '../helpers/expected';

const HEAD =
  'id,from,to,type,year,until,sectors,value,unit,measure,status,title_en,title_ru,source,line,quote';
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '{{constructor.constructor("window.__pwned=4")()}}',
  '"><svg onload=window.__pwned=5>',
];

function csvCell(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

describe.runIf(hasBrowser())('loading your own data', () => {
  const app = serveForTests();

  async function ready(query = ''): Promise<{p: Page; log: Awaited<ReturnType<typeof guardPage>>}> {
    const p = await app.browser.newPage({viewport: {width: 1280, height: 800}});
    const log = await guardPage(p);
    await openApp(p, app.base, query);
    return {p, log};
  }

  async function load(p: Page, files: {name: string; text: string}[]): Promise<string> {
    await p.locator('#btn-import').click();
    await p
      .locator('#import-input')
      .setInputFiles(
        files.map((f) => ({name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text)})),
      );
    await p.waitForFunction(
      () => /loaded|Failed|Error/.test(document.querySelector('.import-status')?.textContent ?? ''),
      null,
      {
        timeout: 60_000,
      },
    );
    return (await p.locator('.import-status').textContent()) ?? '';
  }

  it('reports every bad row with file and line, and draws the good ones', async () => {
    const {p, log} = await ready();
    const places =
      'id,kind,name_en,name_ru,country,region,lon,lat\nBY-HO/gomel,city,Gomel,Гомель,BY,BY-HO,30.98,52.43\nBY-XX/nowhere,city,Nowhere,Нигде,BY,BY-XX,30,52\n';
    const links = [
      'id,from,to,type,year,status',
      'a,BY-HO/gomel,RU-TUL,agreement,2015,signed',
      'b,BY-HO/gomel,RU-ZZZ,trade,2016,active',
      'c,BY-HO,RU-TUL,supply,20015,active',
      'd,BY,UZ,trade,2019,active',
    ].join('\n');
    const status = await load(p, [
      {name: 'places.csv', text: places},
      {name: 'links.csv', text: links},
    ]);
    expect(status).toContain('2 links');
    const problems = await p.locator('.import-problems li').allTextContents();
    expect(problems).toEqual([
      'Place ids that match no place or boundary: RU-ZZZ',
      'places.csv:3: region code BY-XX has no boundary',
      'links.csv:3: unknown place id "RU-ZZZ" in to',
      'links.csv:4: year "20015" is not a year in 1900–2100',
    ]);
    await p.waitForFunction(() => document.getElementById('summary')?.dataset.links === '2');
    expect(log.errors).toEqual([]);
    await p.close();
  });

  it('reads the one-file format with coordinates', async () => {
    const {p} = await ready();
    const status = await load(p, [
      {
        name: 'mine.csv',
        text: 'from_name,from_lon,from_lat,to_name,to_lon,to_lat,type,year\nMinsk,27.56,53.9,Kazan,49.12,55.79,agreement,2019\n',
      },
    ]);
    expect(status).toContain('1 link and');
    expect(await p.locator('#summary').getAttribute('data-links')).toBe('1');
    await p.close();
  });

  it.each([
    ['empty.csv', ''],
    ['semicolons.csv', 'id;from;to;type\n1;BY;RU;trade\n'],
    ['open-quote.csv', 'id,from,to,type,status\n"a,BY,RU,trade,active\n'],
    [
      'huge-number.csv',
      'id,from,to,type,status,value,unit,measure\na,BY,RU,trade,active,1e999,USD,turnover\n',
    ],
  ])('explains %s and keeps the page working', async (name, text) => {
    const {p, log} = await ready();
    await load(p, [{name, text}]);
    const problems = await p.locator('.import-problems li').allTextContents();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((t) => t.startsWith(`${name}:`))).toBe(true);
    expect(log.errors).toEqual([]);
    await p.close();
  });

  it('survives 10 MB of garbage without freezing', async () => {
    const {p} = await ready();
    const garbage = Array.from({length: 10 * 1024 * 1024}, (_, i) =>
      String.fromCharCode(32 + ((i * 7919) % 90)),
    ).join('');
    await p.locator('#btn-import').click();
    await p
      .locator('#import-input')
      .setInputFiles({name: 'garbage.csv', mimeType: 'text/csv', buffer: Buffer.from(garbage)});
    const t0 = Date.now();
    expect(await p.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - t0).toBeLessThan(2000);
    await p.waitForFunction(
      () => (document.querySelector('.import-problems')?.children.length ?? 0) > 0,
      null,
      {timeout: 60_000},
    );
    expect(await p.locator('.import-problems li').first().textContent()).toMatch(
      /^garbage\.csv:1: /,
    );
    await p.close();
  });

  it('renders hostile text in every field as text and runs none of it', async () => {
    const {p, log} = await ready();
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const rows = PAYLOADS.map((x, i) =>
      [
        `x${i}`,
        'BY-HO',
        'RU-TUL',
        'agreement',
        '2015',
        '',
        'general',
        '',
        '',
        '',
        'signed',
        x,
        x,
        x,
        '1',
        x,
      ]
        .map(csvCell)
        .join(','),
    );
    const places = `id,kind,name_en,name_ru,country,region,lon,lat,aliases\n${PAYLOADS.map((x, i) =>
      [`BY-HO/p${i}`, 'city', x, x, 'BY', 'BY-HO', '30', '52', x].map(csvCell).join(','),
    ).join('\n')}\n`;
    const links = `${HEAD}\n${rows.join('\n')}\nz0,${csvCell('BY-HO/p0')},RU-TUL,twinning,2010,,culture,,,,signed,t,т,,,\n`;
    await load(p, [
      {name: 'places.csv', text: places},
      {name: 'links.csv', text: links},
    ]);
    await p.locator('#btn-table').click();
    await p.locator('#table-view tbody tr').first().waitFor();
    const cells = await p.locator('#table-view tbody').textContent();
    expect(cells).toContain('<img src=x');
    await p.locator('#search-input').fill('<img');
    await p.waitForTimeout(300);
    expect(
      await p.evaluate(() => (window as unknown as {__pwned?: number}).__pwned),
    ).toBeUndefined();
    expect(
      await p
        .locator('#table-view img, #table-view script, #table-view svg, #search-results img')
        .count(),
    ).toBe(0);
    expect(dialogs).toBe(0);
    expect(log.offOrigin).toEqual([]);
    await p.close();
  });

  it('loads a same-origin links file named by data= in the URL', async () => {
    const p = await app.browser.newPage({viewport: {width: 1280, height: 800}});
    await guardPage(p);
    await p.route('**/mine/links.csv', (r) =>
      r.fulfill({
        status: 200,
        contentType: 'text/csv',
        body: 'id,from,to,type,status\na,BY-HO,RU-TUL,agreement,signed\nb,BY,UZ,trade,active\n',
      }),
    );
    await openApp(p, app.base, '?data=mine/links.csv');
    await p.waitForFunction(() => document.getElementById('summary')?.dataset.links === '2');
    await p.close();
  });

  it('without WebGL it says so and still lists the links in the table', async () => {
    const b = await chromium.launch({
      executablePath: CHROME_PATH,
      args: [...CHROME_ARGS, '--disable-3d-apis', '--disable-webgl'],
    });
    const p = await b.newPage();
    await guardPage(p);
    await openApp(p, app.base);
    expect(await p.locator('.notice').first().textContent()).toMatch(/WebGL/);
    expect(await p.locator('#table-view tbody tr').count()).toBe(readData().links.length);
    expect(await p.locator('#btn-table').isDisabled()).toBe(true);
    await b.close();
  });

  it('keeps every request on its own origin in every mode', async () => {
    for (const q of ['', '?mode=embed', '?mode=present', '?view=table', '?lang=ru&level=country']) {
      const {p, log} = await ready(q);
      expect(log.offOrigin).toEqual([]);
      await p.close();
    }
  });
});
