/**
 * The base map as vector tiles, cut from the committed boundary files whenever the app is built or
 * served (see `baseTilesPlugin.ts`). The browser then loads only the tiles of its view, ready to
 * draw, instead of every boundary as GeoJSON that MapLibre's worker would tile on each load.
 *
 * Output, by path under the app's root:
 * - `base/labels.json`: region and country label points with their names;
 * - `base/{z}/{x}/{y}.pbf`: Mapbox vector tiles (layers `countries` and `regions`, each feature with
 *   its `id`) for zooms 0 to `BASE_MAX_ZOOM`, every tile of the world: those of open sea are empty
 *   files, so that the map never asks for a tile that is not there. MapLibre cuts deeper zooms
 *   from the deepest.
 */
import {GeoJSONVT, type GeoJSONVTTile} from '@maplibre/geojson-vt';
import {fromGeojsonVt} from '@maplibre/vt-pbf';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {RegionLabel} from '../src/data/selectors';
import {
  BASE_DIR,
  BASE_EXTENT,
  BASE_LABELS_FILE,
  BASE_LAYERS,
  BASE_MAX_ZOOM,
  BASE_TILE_SIZE,
  type BaseLabels,
} from '../src/map/base';

/**
 * Simplification of the boundaries at each zoom below the deepest, in screen pixels: at 1.5 the
 * borders look as they do at MapLibre's 0.375, and a frame costs about a third less on software
 * WebGL. The deepest zoom keeps every point of the boundary files.
 */
const SIMPLIFY_PX = 1.5;
/**
 * Geometry kept beyond each tile's edge, in pixels: the base map has fills and lines at most 2.5
 * pixels wide, so 8 pixels hide every seam.
 */
const TILE_BUFFER_PX = 8;

type RegionProps = {name_en: string; name_ru: string; country: string; lon: number; lat: number};
type CountryProps = {name_en: string; name_ru: string; lon?: number; lat?: number};

/** The boundary files as the boundaries build writes them. */
export interface BoundaryTopologies {
  regions: Topology<{regions: GeometryCollection<RegionProps>}>;
  countries: Topology<{countries: GeometryCollection<CountryProps>}>;
}

/** Every file of the base map, by path under the app's root (`base/…`). */
export function buildBaseTiles({regions, countries}: BoundaryTopologies): Map<string, Uint8Array> {
  const layers = {
    [BASE_LAYERS.countries]: feature(countries, countries.objects.countries),
    [BASE_LAYERS.regions]: feature(regions, regions.objects.regions),
  };
  const scale = BASE_EXTENT / BASE_TILE_SIZE;
  const indexes = Object.entries(layers).map(([name, fc]) => {
    const features = fc.features.map((f) => ({...f, properties: {id: String(f.id)}}));
    const index = new GeoJSONVT(
      {type: 'FeatureCollection', features},
      {
        maxZoom: BASE_MAX_ZOOM,
        indexMaxZoom: 0,
        tolerance: SIMPLIFY_PX * scale,
        extent: BASE_EXTENT,
        buffer: TILE_BUFFER_PX * scale,
        promoteId: null,
      },
    );
    return [name, index] as const;
  });
  const files = new Map<string, Uint8Array>();
  const visit = (z: number, x: number, y: number, land: boolean): void => {
    const found: Record<string, GeoJSONVTTile> = {};
    if (land)
      for (const [name, index] of indexes) {
        const tile = index.getTile(z, x, y);
        if (tile?.features.length) found[name] = tile;
      }
    const some = Object.keys(found).length > 0;
    files.set(
      `${BASE_DIR}${z}/${x}/${y}.pbf`,
      some ? fromGeojsonVt(found, {version: 2, extent: BASE_EXTENT}) : new Uint8Array(),
    );
    if (z < BASE_MAX_ZOOM)
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const)
        visit(z + 1, x * 2 + dx, y * 2 + dy, some);
  };
  visit(0, 0, 0, true);
  const labels: BaseLabels = {regions: regionLabels(regions), countries: countryLabels(countries)};
  files.set(BASE_LABELS_FILE, new TextEncoder().encode(JSON.stringify(labels)));
  return files;
}

function regionLabels(topo: BoundaryTopologies['regions']): RegionLabel[] {
  return topo.objects.regions.geometries.map((g) => {
    const p = g.properties as RegionProps;
    return {
      id: String(g.id),
      nameEn: p.name_en,
      nameRu: p.name_ru,
      country: p.country,
      lon: p.lon,
      lat: p.lat,
    };
  });
}

/** Countries with a capital, the point where links to the country as a whole are drawn. */
function countryLabels(topo: BoundaryTopologies['countries']): RegionLabel[] {
  const out: RegionLabel[] = [];
  for (const g of topo.objects.countries.geometries) {
    const p = g.properties as CountryProps;
    const id = String(g.id);
    if (p.lon != null && p.lat != null)
      out.push({id, nameEn: p.name_en, nameRu: p.name_ru, country: id, lon: p.lon, lat: p.lat});
  }
  return out;
}
