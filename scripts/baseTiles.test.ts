import {readFileSync} from 'node:fs';
import {VectorTile} from '@mapbox/vector-tile';
import {PbfReader} from 'pbf';
import {topology} from 'topojson-server';
import {describe, expect, it} from 'vitest';
import {BASE_LABELS_FILE, BASE_MAX_ZOOM, type BaseLabels} from '../src/map/base';
import {buildBaseTiles, type BoundaryTopologies} from './baseTiles';

/** A square polygon feature, its edges zigzagging by `wiggle` degrees every 0.5 degrees. */
function square(
  id: string,
  [x0, y0]: [number, number],
  size: number,
  properties: Record<string, unknown>,
  wiggle = 0,
): GeoJSON.Feature {
  const ring: [number, number][] = [];
  const steps = size * 2;
  for (let i = 0; i < steps; i++) ring.push([x0 + i / 2, y0 + (i % 2) * wiggle]);
  ring.push([x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]);
  return {type: 'Feature', id, properties, geometry: {type: 'Polygon', coordinates: [ring]}};
}

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

function fixture(): BoundaryTopologies {
  const regions = topology({
    regions: collection([
      square(
        'BY-MI',
        [26, 53],
        4,
        {name_en: 'Minsk Region', name_ru: 'Минская', country: 'BY', lon: 27.5, lat: 53.9},
        0.01,
      ),
      square('BY-VI', [26, 57], 4, {
        name_en: 'Vitebsk',
        name_ru: 'Витебская',
        country: 'BY',
        lon: 28,
        lat: 55.2,
      }),
    ]),
  });
  const countries = topology({
    countries: collection([
      square('BY', [24, 51], 9, {name_en: 'Belarus', name_ru: 'Беларусь', lon: 27.56, lat: 53.9}),
      square('NX', [30, 51], 2, {name_en: 'Nowhere', name_ru: 'Нигде'}),
    ]),
  });
  return {regions, countries} as unknown as BoundaryTopologies;
}

const decode = (file: Uint8Array | undefined) =>
  new VectorTile(new PbfReader(file ?? new Uint8Array()));

const readLabels = (files: Map<string, Uint8Array>) =>
  JSON.parse(new TextDecoder().decode(files.get(BASE_LABELS_FILE))) as BaseLabels;

describe('buildBaseTiles', () => {
  const files = buildBaseTiles(fixture());
  const labels = readLabels(files);
  /** Tiles of a zoom, `z/x/y`, with land in them. */
  const landAt = (z: number, all = files) =>
    [...all]
      .filter(([k, f]) => k.startsWith(`base/${z}/`) && f.length > 0)
      .map(([k]) => k.slice(5, -4));

  it('writes every tile of every zoom, those of open sea empty', () => {
    for (let z = 0; z <= BASE_MAX_ZOOM; z++)
      for (let x = 0; x < 2 ** z; x++)
        for (let y = 0; y < 2 ** z; y++) expect(files.has(`base/${z}/${x}/${y}.pbf`)).toBe(true);
    expect(files.size).toBe((4 ** (BASE_MAX_ZOOM + 1) - 1) / 3 + 1);
    // Land in one quarter of the world: one tile a zoom at 0 and 1, more at the deepest.
    expect(landAt(0)).toEqual(['0/0/0']);
    expect(landAt(1)).toEqual(['1/1/0']);
    expect(landAt(BASE_MAX_ZOOM).length).toBeGreaterThan(1);
  });

  it('gives each feature its id, in a layer of countries and one of regions', () => {
    const tile = decode(files.get('base/0/0/0.pbf'));
    const ids = (name: string) => {
      const layer = tile.layers[name];
      return layer
        ? Array.from({length: layer.length}, (_, i) => layer.feature(i).properties.id)
        : [];
    };
    expect(ids('regions').sort()).toEqual(['BY-MI', 'BY-VI']);
    expect(ids('countries').sort()).toEqual(['BY', 'NX']);
  });

  it('keeps every point at the deepest zoom and simplifies above it', () => {
    const vertices = (key: string) => {
      const layer = decode(files.get(`base/${key}.pbf`)).layers.regions;
      if (!layer) return 0;
      let n = 0;
      for (let i = 0; i < layer.length; i++) {
        const f = layer.feature(i);
        if (f.properties.id === 'BY-MI') n += f.loadGeometry().flat().length;
      }
      return n;
    };
    const deepest = landAt(BASE_MAX_ZOOM).reduce((s, t) => s + vertices(t), 0);
    // 8 zigzag points along the south edge, 4 corners, closed rings, and cuts at the tiles' edges.
    expect(deepest).toBeGreaterThanOrEqual(13);
    expect(vertices('0/0/0')).toBeLessThan(8);
  });

  it('lists region label points, and countries only where they have a capital', () => {
    expect(labels.regions).toEqual([
      {id: 'BY-MI', nameEn: 'Minsk Region', nameRu: 'Минская', country: 'BY', lon: 27.5, lat: 53.9},
      {id: 'BY-VI', nameEn: 'Vitebsk', nameRu: 'Витебская', country: 'BY', lon: 28, lat: 55.2},
    ]);
    expect(labels.countries.map((c) => c.id)).toEqual(['BY']);
  });

  it('draws every region of the committed boundary files at the deepest zoom', () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(`data/boundaries/${name}.topo.json`, 'utf8'));
    const real = buildBaseTiles({regions: read('regions'), countries: read('countries')});
    const idx = readLabels(real);
    expect(idx.regions.length).toBe(read('regions').objects.regions.geometries.length);
    expect(idx.countries.find((c) => c.id === 'BY')?.nameRu).toBe('Беларусь');
    const seen = new Set<string>();
    for (const t of landAt(BASE_MAX_ZOOM, real)) {
      const layer = decode(real.get(`base/${t}.pbf`)).layers.regions;
      for (let i = 0; i < (layer?.length ?? 0); i++)
        seen.add(String(layer?.feature(i).properties.id));
    }
    expect(seen.size).toBe(idx.regions.length);
  });
});
