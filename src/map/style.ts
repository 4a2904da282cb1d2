import type {ExpressionSpecification, LayerSpecification, StyleSpecification} from 'maplibre-gl';
import {createRegionLayers} from './layers/regions';
import {BASE_COLORS} from './palette';

/** Font family served by the app (Noto Sans, Latin and Cyrillic), used for every label. */
export const LABEL_FONT = 'Noto Sans';

/**
 * The one GeoJSON source of the base map: countries and regions together, told apart by their
 * `kind`. Layers of one source share the tiles' clipping masks, which MapLibre draws again
 * at every change of source: a full-screen pass each on software WebGL.
 */
export const BASE_SOURCE = 'base';

/** What a feature of the base source is. */
export type BaseKind = 'country' | 'region';

const ofKind = (kind: BaseKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

/** The regions among the base source's features. */
export const IS_REGION = ofKind('region');

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
 * and labels are drawn over it by the app's own layers. The sea is the map container's
 * background (`BASE_COLORS.water`), showing through where no land is drawn.
 */
export function createStyle(data: StyleData): StyleSpecification {
  const layers: LayerSpecification[] = [
    {
      id: 'countries-fill',
      type: 'fill',
      source: BASE_SOURCE,
      filter: ofKind('country'),
      paint: {'fill-color': BASE_COLORS.land, 'fill-antialias': false},
    },
    ...createRegionLayers({source: BASE_SOURCE, filter: IS_REGION}),
    {
      id: 'countries-line',
      type: 'line',
      source: BASE_SOURCE,
      filter: ofKind('country'),
      paint: {
        'line-color': BASE_COLORS.landBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.6],
      },
    },
  ];
  return {
    version: 8,
    sources: {
      [BASE_SOURCE]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: [
            ...data.countries.features.map((f) => withKind(f, 'country')),
            ...data.regions.features.map((f) => withKind(f, 'region')),
          ],
        },
        // Regions' feature states (their choropleth class) are keyed by their id.
        promoteId: 'id',
        tolerance: SIMPLIFY_PX,
        buffer: TILE_BUFFER_PX,
      },
    },
    layers,
  };
}

function withKind(f: GeoJSON.Feature, kind: BaseKind): GeoJSON.Feature {
  const id = kind === 'region' ? f.properties?.id : undefined;
  return {...f, properties: {...f.properties, kind, id}};
}
