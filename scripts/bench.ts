/**
 * Benchmark: builds the app, serves dist/ on 127.0.0.1, drives headless Chromium and prints one JSON
 * object (also written to bench/results.json): bundle sizes, the bundled dataset's timings, and the
 * same figures for seeded synthetic datasets of 1,000, 10,000 and 100,000 links, and for the same
 * data drawn by the peer page (deck.gl's ArcLayer with GPU filtering, scripts/peer) with the ratios
 * ours/peer. `npm run bench -- --sizes 1000,10000` limits the synthetic sizes.
 */
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import type {Browser, Page, Request} from 'playwright-core';
import {build} from 'vite';
import {LINK_TYPES, SECTORS} from '../src/data/model';
import {guardPage, launchBrowser, serveDist} from '../tests/helpers/browser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Filter changes timed per series: with fewer than 20, a p95 is only the slowest of them. */
const CHANGES = 24;
/**
 * Loads of the bundled dataset timed to `ready`, each in a page of its own: one load varies by
 * 100–300 ms from the next on software WebGL, so its median is the figure.
 */
const READY_RUNS = 5;

interface Timing {
  median: number;
  p95: number;
  max: number;
}

function stats(xs: number[]): Timing {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return {median: round(at(0.5)), p95: round(at(0.95)), max: round(at(1))};
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A seeded linear congruential generator, so every run benchmarks the same data. */
function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Synthetic links between real region ids: Belarusian regions to partner regions, with years, sectors, values. */
export function createSyntheticLinks(n: number, regionIds: string[], seed = 42): string {
  const rnd = createRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const by = regionIds.filter((id) => id.startsWith('BY-'));
  const partners = regionIds.filter((id) => !id.startsWith('BY-'));
  const rows = ['id,from,to,type,year,until,sectors,value,unit,measure,status'];
  for (let i = 0; i < n; i++) {
    const type = pick(LINK_TYPES);
    const year = 1995 + Math.floor(rnd() * 30);
    const sectors = [...new Set([pick(SECTORS), pick(SECTORS)])].join(';');
    const value = type === 'trade' ? String(Math.round(rnd() * 1e8)) : '';
    rows.push(
      [
        `s${i}`,
        pick(by),
        pick(partners),
        type,
        rnd() < 0.05 ? '' : String(year),
        rnd() < 0.1 ? String(year + 2) : '',
        sectors,
        value,
        value ? 'USD' : '',
        value ? 'turnover' : '',
        pick(['signed', 'active', 'planned']),
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

function gz(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** Gzip bytes of the built files, by kind, as the bench reports them (`bundle`). */
export function bundleSizes(): Record<string, number> {
  const dir = path.join(ROOT, 'dist', 'assets');
  const files = readdirSync(dir);
  const sum = (re: RegExp) =>
    files.filter((f) => re.test(f)).reduce((s, f) => s + gz(path.join(dir, f)), 0);
  return {
    jsGzip: sum(/^(index|maplibre)-.*\.js$/),
    workerGzip: sum(/^maplibre-gl-worker.*\.m?js$/),
    cssGzip: sum(/\.css$/),
    dataGzip: sum(/\.(csv|json)$/),
    fontsBytes: files
      .filter((f) => /\.woff2$/.test(f))
      .reduce((s, f) => s + statSync(path.join(dir, f)).size, 0),
    appCodeGzip: sum(/^index-.*\.js$/),
    maplibreGzip: sum(/^maplibre-.*\.js$/),
  };
}

/** ours / peer for each figure both have. */
function ratios(
  ours: Record<string, unknown> | undefined,
  peer: Record<string, unknown> | undefined,
): Record<string, number | null> {
  const flat = (r: Record<string, unknown> | undefined) => {
    const f = r?.filterMs as Timing | undefined;
    return {
      readyMs: r?.readyMs,
      filterMedianMs: f?.median,
      filterP95Ms: f?.p95,
      filterDrawnP95Ms: (r?.filterDrawnMs as Timing | undefined)?.p95,
      longestBlockMs: r?.longestBlockMs,
      heapBytes: r?.heapBytes,
    } as Record<string, unknown>;
  };
  const a = flat(ours);
  const b = flat(peer);
  return Object.fromEntries(
    Object.keys(a).map((k) => {
      const x = a[k];
      const y = b[k];
      return [k, typeof x === 'number' && typeof y === 'number' && y > 0 ? round2(x / y) : null];
    }),
  );
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A page of its own with a blank page drawn, so that its GPU process is running before the app is
 * opened in it (no file of the app is loaded yet).
 */
async function openBlank(browser: Browser): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  await guardPage(page);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await new Promise((r) => setTimeout(r, 300));
  return page;
}

async function openTimed(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    timeout: 600_000,
  });
  return Date.now() - t0;
}

/**
 * Milliseconds from a view change, made once the last one is drawn and composited, until the
 * GPU has drawn it: what a reader waits to see a change, where `changeLatency` stops when the map
 * has issued its frame. Drawn: the map's WebGL context (deck.gl's too on the peer page, which
 * draws into MapLibre's) has carried out every command given so far.
 */
async function drawnLatency(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const w = window as unknown as {
      interregio: {map: {once(e: string, f: () => void): void}; show(q: string): void};
    };
    let t0 = 0;
    // Twice: first to start from a map drawn and composited, then to time the change until drawn.
    for (const timed of [false, true]) {
      if (timed) {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        t0 = performance.now();
        const idle = new Promise<void>((r) => w.interregio.map.once('idle', () => r()));
        w.interregio.show(q);
        await idle;
      }
      for (const canvas of document.querySelectorAll('canvas.maplibregl-canvas')) {
        const gl = (canvas as HTMLCanvasElement).getContext('webgl2');
        const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        if (!gl || !sync) continue;
        gl.flush();
        while (!gl.isContextLost() && gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED)
          await new Promise((r) => setTimeout(r, 2));
        gl.deleteSync(sync);
      }
    }
    return performance.now() - t0;
  }, query);
}

/** Milliseconds from a view change to the map's next idle, measured in the page. */
async function changeLatency(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const w = window as unknown as {
      interregio: {map: {once(e: string, f: () => void): void}; show(q: string): void};
    };
    const t0 = performance.now();
    const idle = new Promise<void>((r) => w.interregio.map.once('idle', () => r()));
    w.interregio.show(q);
    await idle;
    return performance.now() - t0;
  }, query);
}

const FILTERS = [
  '?years=2000-2010',
  '?sectors=machinery',
  '?countries=RU',
  '?years=2015-2020&sectors=agriculture,food',
  '?countries=UZ,KZ',
  '?years=2020',
  '?sectors=culture,education',
  '?countries=CN',
  '?years=1995-2005&countries=RU',
  '?sectors=energy',
  '?years=2010-2024',
  '?countries=RU,UZ&sectors=transport',
];

async function measure(
  page: Page,
  url: string,
  extra = '',
  onReady = () => {},
): Promise<Record<string, unknown>> {
  await page.addInitScript(() => {
    const w = window as unknown as {__longest: number};
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({type: 'longtask', buffered: true});
  });
  const ready = await openTimed(page, url);
  onReady();
  const latencies: number[] = [];
  for (let i = 0; i < CHANGES; i++)
    latencies.push(await changeLatency(page, `${FILTERS[i % FILTERS.length]}${extra}`));
  const drawn: number[] = [];
  for (let i = 0; i < FILTERS.length; i++)
    drawn.push(await drawnLatency(page, `${FILTERS[i]}${extra}`));
  const after = await page.evaluate(() => ({
    longest: (window as unknown as {__longest: number}).__longest,
    heap:
      (performance as unknown as {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize ??
      null,
    links: Number(document.getElementById('summary')?.dataset.links),
  }));
  return {
    readyMs: ready,
    filterMs: stats(latencies),
    filterDrawnMs: stats(drawn),
    longestBlockMs: round(after.longest),
    heapBytes: after.heap,
  };
}

/**
 * Loading a reader's own 100,000-row file through the import panel once the app is ready:
 * milliseconds until it is drawn, and the longest main-thread block meanwhile.
 */
export async function measureImport(
  page: Page,
  url: string,
  csv: string,
): Promise<Record<string, unknown>> {
  await page.addInitScript(() => {
    const w = window as unknown as {__blocks: {start: number; duration: number}[]};
    w.__blocks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__blocks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask', buffered: true});
  });
  // The file reaches the input the way a reader's drop does: fetched into a File in the page,
  // so the measurement holds the app's own work and not the test driver's upload.
  await page.route('**/bench/import.csv', (r) =>
    r.fulfill({status: 200, contentType: 'text/csv', body: csv}),
  );
  await openTimed(page, url);
  await page.locator('#btn-import').click();
  const t0 = await page.evaluate(async () => {
    const blob = await (await fetch('bench/import.csv')).blob();
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'links.csv', {type: 'text/csv'}));
    const input = document.getElementById('import-input') as HTMLInputElement;
    input.files = transfer.files;
    const start = performance.now();
    input.dispatchEvent(new Event('change', {bubbles: true}));
    return start;
  });
  await page.waitForFunction(
    () => /loaded|Failed|Error/.test(document.querySelector('.import-status')?.textContent ?? ''),
    null,
    {timeout: 600_000},
  );
  const result = await page.evaluate(async (start) => {
    const w = window as unknown as {
      __blocks: {start: number; duration: number}[];
      interregio: {map: {once(e: string, f: () => void): void; triggerRepaint(): void}};
    };
    await new Promise<void>((r) => {
      w.interregio.map.once('idle', () => r());
      w.interregio.map.triggerRepaint();
    });
    const blocks = w.__blocks.filter((b) => b.start >= start).map((b) => b.duration);
    return {
      loadMs: performance.now() - start,
      longestBlockMs: Math.max(0, ...blocks),
      blocksOver200Ms: blocks.filter((d) => d > 200).length,
      links: Number(document.getElementById('summary')?.dataset.links),
      status: document.querySelector('.import-status')?.textContent ?? '',
    };
  }, t0);
  return {
    loadMs: round(result.loadMs),
    longestBlockMs: round(result.longestBlockMs),
    blocksOver200Ms: result.blocksOver200Ms,
    linksDrawn: result.links,
  };
}

async function main(): Promise<void> {
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes =
    sizesArg > 0
      ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number)
      : [1000, 10000, 100000];
  await build({root: ROOT, logLevel: 'warn'});
  // The peer page beside the app, built without the app's config: dist/peer/.
  await build({
    root: path.join(ROOT, 'scripts', 'peer'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(ROOT, 'dist', 'peer'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      assetsInlineLimit: 0,
    },
  });
  const topo = JSON.parse(
    readFileSync(path.join(ROOT, 'data', 'boundaries', 'regions.topo.json'), 'utf8'),
  ) as {
    objects: {regions: {geometries: {id: string}[]}};
  };
  const regionIds = topo.objects.regions.geometries.map((g) => g.id);
  const {server, url} = await serveDist();
  const result: Record<string, unknown> = {bundle: bundleSizes()};
  // The first page a browser opens waits for its GPU process to start and draw a first frame;
  // a reader's browser has long done that. That cold time is kept apart, from a browser of its own.
  const cold = await launchBrowser();
  let coldReadyMs: number;
  try {
    const page = await cold.newPage({viewport: {width: 1280, height: 800}});
    await guardPage(page);
    coldReadyMs = await openTimed(page, url);
  } finally {
    await cold.close();
  }
  const browser = await launchBrowser();
  try {
    const page = await openBlank(browser);
    // The base map's labels and the tiles of the first view, until the app is ready.
    const baseFiles = new Set<string>();
    const onRequest = (r: Request) => {
      const name = new URL(r.url()).pathname.match(/\/(base\/.*)$/)?.[1];
      if (name) baseFiles.add(name);
    };
    page.on('request', onRequest);
    const real = await measure(page, url, '', () => page.off('request', onRequest));
    await page.close();
    // The first load above, then the others.
    const readyRunsMs = [real.readyMs as number];
    for (let i = 1; i < READY_RUNS; i++) {
      const p = await openBlank(browser);
      readyRunsMs.push(await openTimed(p, url));
      await p.close();
    }
    result.real = {
      ...real,
      readyMs: stats(readyRunsMs).median,
      readyRunsMs,
      coldReadyMs,
    };
    (result.bundle as Record<string, number>).baseGzip = [...baseFiles].reduce(
      (sum, f) => sum + gz(path.join(ROOT, 'dist', f)),
      0,
    );
    const synthetic: Record<string, Record<string, unknown>> = {};
    const peer: Record<string, Record<string, unknown>> = {};
    for (const n of sizes) {
      const csv = createSyntheticLinks(n, regionIds);
      for (const [out, page, extra] of [
        [synthetic, '', '&data=bench/synthetic.csv'],
        [peer, 'peer/', ''],
      ] as const) {
        const p = await browser.newPage({viewport: {width: 1280, height: 800}});
        await guardPage(p);
        await p.route(
          (u) => u.pathname.endsWith('/bench/synthetic.csv'),
          (r) => r.fulfill({status: 200, contentType: 'text/csv', body: csv}),
        );
        out[n] = await measure(
          p,
          `${url}${page}?data=${page ? '../' : ''}bench/synthetic.csv`,
          extra,
        );
        await p.close();
      }
    }
    result.synthetic = synthetic;
    if (sizes.includes(100000)) {
      const p = await browser.newPage({viewport: {width: 1280, height: 800}});
      await guardPage(p);
      result.import100k = await measureImport(p, url, createSyntheticLinks(100000, regionIds));
      await p.close();
    }
    result.peer = {
      page: 'deck.gl ArcLayer + DataFilterExtension over the same MapLibre basemap',
      ...peer,
      ratios: Object.fromEntries(sizes.map((n) => [n, ratios(synthetic[n], peer[n])])),
    };
  } finally {
    await browser.close();
    await server.close();
  }
  const json = JSON.stringify(result, null, 2);
  mkdirSync(path.join(ROOT, 'bench'), {recursive: true});
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${json}\n`);
  console.log(json);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
