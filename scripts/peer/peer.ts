/**
 * The benchmark's reference page: the same synthetic links drawn by deck.gl's ArcLayer with the
 * DataFilterExtension (years as a range, sector and partner country as categories, all filtered on
 * the GPU) over the app's own MapLibre basemap. It answers the benchmark's handle like the app:
 * `interregio.show(query)` applies a query's years, sectors and countries.
 */
import {MapboxOverlay} from '@deck.gl/mapbox';
import {ArcLayer} from '@deck.gl/layers';
import {DataFilterExtension} from '@deck.gl/extensions';
import {csvParse} from 'd3-dsv';
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {LINK_TYPES, SECTORS} from '../../src/data/model';
import {BASE_DIR, BASE_LABELS_FILE, type BaseLabels} from '../../src/map/base';
import {createStyle} from '../../src/map/style';
import {TYPE_COLORS} from '../../src/map/palette';

setWorkerUrl(workerUrl);

interface Row {
  from: [number, number];
  to: [number, number];
  year: number;
  color: [number, number, number];
  sector: number;
  country: number;
}

const rgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // The app's base map, one folder up from this page.
  const app = new URL('../', location.href);
  const [baseText = '', csvText = ''] = await Promise.all(
    [new URL(BASE_LABELS_FILE, app).href, params.get('data') ?? ''].map(async (u) =>
      (await fetch(u)).text(),
    ),
  );
  const base = JSON.parse(baseText) as BaseLabels;
  const at = new Map(base.regions.map((l) => [l.id, l]));
  const countryIds: string[] = [];
  const countryIndex = (c: string) => {
    const i = countryIds.indexOf(c);
    return i >= 0 ? i : countryIds.push(c) - 1;
  };
  const rows: Row[] = [];
  for (const r of csvParse(csvText)) {
    const a = at.get(r.from ?? '');
    const b = at.get(r.to ?? '');
    if (!a || !b) continue;
    const type = LINK_TYPES.indexOf(r.type as (typeof LINK_TYPES)[number]);
    rows.push({
      from: [a.lon, a.lat],
      to: [b.lon, b.lat],
      year: r.year ? Number(r.year) : 0,
      color: rgb(TYPE_COLORS[LINK_TYPES[type] ?? 'event']),
      sector: Math.max(0, SECTORS.indexOf((r.sectors ?? '').split(';')[0] as never)),
      country: countryIndex(b.country),
    });
  }

  const map = new MapLibreMap({
    container: 'map',
    style: createStyle(new URL(BASE_DIR, app)),
    bounds: [
      [20, 35],
      [90, 62],
    ],
    attributionControl: false,
    fadeDuration: 0,
    renderWorldCopies: false,
  });
  // deck.gl reads `map.transform`, which MapLibre 6 keeps on its camera.
  const shim = map as unknown as {transform?: unknown; _camera: {transform: unknown}};
  if (!('transform' in shim))
    Object.defineProperty(map, 'transform', {get: () => shim._camera.transform});
  const overlay = new MapboxOverlay({interleaved: true, layers: []});
  map.addControl(overlay);
  const allSectors = SECTORS.map((_, i) => i);
  const allCountries = countryIds.map((_, i) => i);
  const extension = new DataFilterExtension({filterSize: 1, categorySize: 2});
  // Accessors and data keep their identity across draws, so a filter change only sets uniforms.
  const props = {
    id: 'arcs',
    data: rows,
    getSourcePosition: (d: Row) => d.from,
    getTargetPosition: (d: Row) => d.to,
    getSourceColor: (d: Row) => d.color,
    getTargetColor: (d: Row) => d.color,
    getWidth: 1.5,
    greatCircle: true,
    getFilterValue: (d: Row) => d.year,
    getFilterCategory: (d: Row) => [d.sector, d.country],
    extensions: [extension],
  };
  function draw(years: [number, number], sectors: number[], countries: number[]): void {
    overlay.setProps({
      layers: [
        new ArcLayer<Row>({
          ...props,
          filterRange: years,
          filterCategories: [sectors, countries],
        } as ConstructorParameters<typeof ArcLayer<Row>>[0]),
      ],
    });
  }
  draw([0, 9999], allSectors, allCountries);

  (window as unknown as {interregio: unknown}).interregio = {
    map,
    show(query: string) {
      const q = new URLSearchParams(query);
      const [y0, y1] = (q.get('years') ?? '').split('-').map(Number);
      const sectors = (q.get('sectors') ?? '').split(',').filter(Boolean);
      const countries = (q.get('countries') ?? '').split(',').filter(Boolean);
      draw(
        y0 ? [y0, y1 || y0] : [0, 9999],
        sectors.length ? sectors.map((s) => SECTORS.indexOf(s as never)) : allSectors,
        countries.length ? countries.map((c) => countryIds.indexOf(c)) : allCountries,
      );
    },
  };
  await new Promise<void>((r) => map.once('load', () => r()));
  await new Promise<void>((r) => {
    map.once('idle', () => r());
    map.triggerRepaint();
  });
  document.documentElement.dataset.ready = 'true';
}

void main();
