import type {ViteDevServer} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BASE_LABELS_FILE, BASE_MAX_ZOOM} from '../src/map/base';
import {serveDev} from '../tests/helpers/browser';

/** Row of the tile holding a latitude, of `n` rows (Web Mercator). */
const tileY = (lat: number, n: number) =>
  Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * n);

describe('the dev server with the base tiles plugin', () => {
  let server: ViteDevServer;
  let base = '';
  beforeAll(async () => {
    ({server, url: base} = await serveDev());
  });
  afterAll(() => server.close());

  it('answers the labels and every tile of the deepest zoom, empty over open sea', async () => {
    const labels = await fetch(base + BASE_LABELS_FILE);
    expect(labels.headers.get('content-type')).toBe('application/json');
    expect(((await labels.json()) as {regions: {id: string}[]}).regions.map((r) => r.id)).toContain(
      'BY-HM',
    );
    // Minsk at the deepest zoom holds land; the middle of the Pacific does not.
    const n = 2 ** BASE_MAX_ZOOM;
    const minsk = await fetch(
      `${base}base/${BASE_MAX_ZOOM}/${Math.floor(((27.56 + 180) / 360) * n)}/${tileY(53.9, n)}.pbf`,
    );
    expect(minsk.status).toBe(200);
    expect(minsk.headers.get('content-type')).toBe('application/x-protobuf');
    expect((await minsk.arrayBuffer()).byteLength).toBeGreaterThan(0);
    const sea = await fetch(`${base}base/${BASE_MAX_ZOOM}/0/${n / 2}.pbf`);
    expect(sea.status).toBe(200);
    expect((await sea.arrayBuffer()).byteLength).toBe(0);
  });

  it('has no tile beyond the deepest zoom', async () => {
    expect((await fetch(`${base}base/${BASE_MAX_ZOOM + 1}/0/0.pbf`)).status).toBe(404);
  });
});
