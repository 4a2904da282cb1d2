/**
 * Vite plugin: `vite build` names, in the page's head, the files the app fetches on every start
 * (its data, the base map's labels, the label font, MapLibre's worker script), so the browser
 * requests them with the page's scripts instead of after those scripts have run.
 */
import type {HtmlTagDescriptor, Plugin} from 'vite';
import {BASE_LABELS_FILE} from '../src/map/base';

/** Files the app fetches itself: the bundled links, places and stories, and MapLibre's worker. */
const DATA =
  /^assets\/(places|links)-[\w-]+\.csv$|^assets\/stories-[\w-]+\.json$|^assets\/maplibre-gl-worker-[\w-]+\.mjs$/;
/** The label font's regular weight, Latin and Cyrillic. */
const FONT = /^assets\/noto-sans-(latin|cyrillic)-400-normal-[\w-]+\.woff2$/;

/** Preload tags for the files of a build whose names are given. */
export function getPreloadTags(files: readonly string[]): HtmlTagDescriptor[] {
  const link = (href: string, attrs: Record<string, string>): HtmlTagDescriptor => ({
    tag: 'link',
    // `crossorigin` as `fetch()` and fonts ask for them, or the browser fetches the file twice.
    attrs: {rel: 'preload', href: `./${href}`, crossorigin: '', ...attrs},
    injectTo: 'head',
  });
  return [
    ...[...files.filter((f) => DATA.test(f)), BASE_LABELS_FILE]
      .sort()
      .map((f) => link(f, {as: 'fetch'})),
    ...files
      .filter((f) => FONT.test(f))
      .sort()
      .map((f) => link(f, {as: 'font', type: 'font/woff2'})),
  ];
}

export function preloadPlugin(): Plugin {
  return {
    name: 'interregio-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => getPreloadTags(Object.keys(ctx.bundle ?? {})),
    },
  };
}
