/**
 * Screenshots of the built app for looking at: `npm run screenshot -- [query] [WxH] [out.png]`.
 * Serves dist/, opens the app in headless Chromium, waits for ready and saves a PNG.
 */
import {guardPage, launchBrowser, openApp, serveDist} from '../tests/helpers/browser';

async function main(): Promise<void> {
  const [query = '', size = '1280x800', out = 'screenshot.png'] = process.argv.slice(2);
  const [width, height] = size.split('x').map(Number);
  const {server, url} = await serveDist();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({viewport: {width: width ?? 1280, height: height ?? 800}});
    const log = await guardPage(page);
    await openApp(page, url, query);
    await page.screenshot({path: out});
    console.log(JSON.stringify({out, ...log}));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
