import type {LayerSpecification, StyleSpecification} from 'maplibre-gl';
import {createRegionLayers} from './layers/regions';
import {BASE_COLORS} from './palette';

/** Font family served by the app (Noto Sans, Latin and Cyrillic), used for every label. */
export const LABEL_FONT = 'Noto Sans';

/** Ids of the GeoJSON sources. */
export const SOURCES = {
  countries: 'countries',
  regions: 'regions',
} as const;

/** GeoJSON the style starts with. */
export interface StyleData {
  countries: GeoJSON.FeatureCollection;
  regions: GeoJSON.FeatureCollection;
}

/**
 * Simplification of the boundaries as MapLibre tiles them, in screen pixels: at 1.5 the borders
 * look as they do at MapLibre's 0.375, and a frame costs about a third less on software WebGL.
 */
const SIMPLIFY_PX = 1.5;
/**
 * Geometry kept beyond each tile's edge, in pixels: the base map has fills and lines at most
 * 2.5 pixels wide, so 8 pixels hide every seam, where MapLibre's 128 drew a quarter of each
 * neighbouring tile again in every frame.
 */
const TILE_BUFFER_PX = 8;

/**
 * The base map's style, built in code: no tiles, sprites or glyphs from anywhere. Arcs, places
 * and labels are drawn over it by the app's own layers.
 */
export function createStyle(data: StyleData): StyleSpecification {
  const layers: LayerSpecification[] = [
    {id: 'water', type: 'background', paint: {'background-color': BASE_COLORS.water}},
    {
      id: 'countries-fill',
      type: 'fill',
      source: SOURCES.countries,
      paint: {'fill-color': BASE_COLORS.land, 'fill-antialias': false},
    },
    ...createRegionLayers({source: SOURCES.regions}),
    {
      id: 'countries-line',
      type: 'line',
      source: SOURCES.countries,
      paint: {
        'line-color': BASE_COLORS.landBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.6],
      },
    },
  ];
  return {
    version: 8,
    sources: {
      [SOURCES.countries]: {
        type: 'geojson',
        data: data.countries,
        tolerance: SIMPLIFY_PX,
        buffer: TILE_BUFFER_PX,
      },
      [SOURCES.regions]: {
        type: 'geojson',
        data: data.regions,
        promoteId: 'id',
        tolerance: SIMPLIFY_PX,
        buffer: TILE_BUFFER_PX,
      },
    },
    layers,
  };
}
