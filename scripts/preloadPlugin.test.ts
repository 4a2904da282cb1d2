import {describe, expect, it} from 'vitest';
import {getPreloadTags} from './preloadPlugin';

describe('getPreloadTags', () => {
  const build = [
    'index.html',
    'assets/index-a1B2.js',
    'assets/maplibre-c3D4.js',
    'assets/maplibre-gl-worker-e5F6.mjs',
    'assets/links-WE0j_h29.csv',
    'assets/places-DYpd.csv',
    'assets/stories-BUVL.json',
    'assets/noto-sans-latin-400-normal-BTku.woff2',
    'assets/noto-sans-latin-400-normal-DPpK.woff',
    'assets/noto-sans-cyrillic-400-normal-CHP_.woff2',
    'assets/noto-sans-latin-700-normal-CrvT.woff2',
    'base/3/4/2.pbf',
  ];

  it('names the data, the worker, the base labels and the regular label font, as the app asks for them', () => {
    const tags = getPreloadTags(build).map((t) => t.attrs);
    expect(tags).toEqual([
      {rel: 'preload', href: './assets/links-WE0j_h29.csv', crossorigin: '', as: 'fetch'},
      {
        rel: 'preload',
        href: './assets/maplibre-gl-worker-e5F6.mjs',
        crossorigin: '',
        as: 'fetch',
      },
      {rel: 'preload', href: './assets/places-DYpd.csv', crossorigin: '', as: 'fetch'},
      {rel: 'preload', href: './assets/stories-BUVL.json', crossorigin: '', as: 'fetch'},
      {rel: 'preload', href: './base/labels.json', crossorigin: '', as: 'fetch'},
      {
        rel: 'preload',
        href: './assets/noto-sans-cyrillic-400-normal-CHP_.woff2',
        crossorigin: '',
        as: 'font',
        type: 'font/woff2',
      },
      {
        rel: 'preload',
        href: './assets/noto-sans-latin-400-normal-BTku.woff2',
        crossorigin: '',
        as: 'font',
        type: 'font/woff2',
      },
    ]);
  });

  it('goes in the head, and names only the labels when the build has no data', () => {
    const tags = getPreloadTags(['index.html']);
    expect(tags.map((t) => [t.injectTo, t.attrs?.href])).toEqual([['head', './base/labels.json']]);
  });
});
