import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {launchBrowser, serveDev, serveDist} from './browser';

/** Chromium and the app's address, for the tests of one file. */
export interface ServedApp {
  readonly browser: Browser;
  /** The app's address, ending in `/`. */
  readonly base: string;
}

/**
 * Serves the app (the build, or the dev server as the quick start runs it) and launches Chromium
 * before the tests of a file, and closes both after them: call it inside the file's `describe`.
 */
export function serveForTests(from: 'dist' | 'dev' = 'dist'): ServedApp {
  let browser: Browser | undefined;
  let close: () => Promise<void> = async () => {};
  let base = '';
  beforeAll(async () => {
    const {server, url} = from === 'dev' ? await serveDev() : await serveDist();
    close = () => server.close();
    base = url;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is launched in beforeAll, before the tests');
      return browser;
    },
    get base() {
      return base;
    },
  };
}
