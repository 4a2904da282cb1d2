import {existsSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser, type Page} from 'playwright-core';
import {createServer, preview, type PreviewServer, type ViteDevServer} from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Chromium to drive: `CHROME_PATH`, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium with software WebGL 2 (SwiftShader) and no background traffic,
 * which this machine's closed network would refuse.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
];

/** Whether a browser is available; under CI=true a missing one is an error, never a skip. */
export function hasBrowser(): boolean {
  const found = existsSync(CHROME_PATH);
  if (!found && process.env.CI === 'true')
    throw new Error(`CI=true but no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  return found;
}

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
}

/** Serves the built app (dist/) on 127.0.0.1 at a free port. */
export async function serveDist(): Promise<{server: PreviewServer; url: string}> {
  if (!existsSync(path.join(ROOT, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: {host: '127.0.0.1', port: 0, strictPort: false, open: false},
  });
  const address = server.httpServer.address() as AddressInfo;
  return {server, url: `http://127.0.0.1:${address.port}/`};
}

/** Runs the Vite dev server (as `npm start` does) on 127.0.0.1 at a free port. */
export async function serveDev(): Promise<{server: ViteDevServer; url: string}> {
  const server = await createServer({
    root: ROOT,
    logLevel: 'silent',
    server: {host: '127.0.0.1', port: 0, strictPort: false},
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  return {server, url: `http://127.0.0.1:${address.port}/`};
}

/** What a page did besides rendering: console errors and requests that were blocked. */
export interface PageLog {
  errors: string[];
  offOrigin: string[];
}

/** Blocks every request that leaves 127.0.0.1 and records console errors. */
export async function guardPage(page: Page): Promise<PageLog> {
  const log: PageLog = {errors: [], offOrigin: []};
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = ['data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1';
    if (local) return route.continue();
    log.offOrigin.push(url.href);
    return route.abort();
  });
  return log;
}

/** Opens the app at `query` and waits for its ready signal. */
export async function openApp(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    timeout: 90_000,
  });
}
