/**
 * The base map's tiles, shared by the app and the build that cuts them (`scripts/baseTiles.ts`).
 */
import type {RegionLabel} from '../data/selectors';

/** The base map's one source: countries and regions, each in a layer of their own. */
export const BASE_SOURCE = 'base';
/** The base source's tile layers. */
export const BASE_LAYERS = {countries: 'countries', regions: 'regions'} as const;
/** Folder of the base map's tiles and labels, beside the app's page. */
export const BASE_DIR = 'base/';
/** The deepest zoom of the base tiles: they keep every point of the boundary files. */
export const BASE_MAX_ZOOM = 6;
/** Size of a base tile in screen pixels (MapLibre's for vector tiles), and its extent in tile units. */
export const BASE_TILE_SIZE = 512;
export const BASE_EXTENT = 8192;
/** The label points and names of the base map's regions and countries (`BaseLabels`). */
export const BASE_LABELS_FILE = `${BASE_DIR}labels.json`;

/** Label points and names of regions, and of countries at their capitals. */
export interface BaseLabels {
  regions: RegionLabel[];
  countries: RegionLabel[];
}
