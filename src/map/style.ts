import type {LayerSpecification, StyleSpecification} from 'maplibre-gl';
import {BASE_LAYERS, BASE_MAX_ZOOM, BASE_SOURCE} from './base';
import {createRegionLayers} from './layers/regions';
import {BASE_COLORS} from './palette';

/** Font family served by the app (Noto Sans, Latin and Cyrillic), used for every label. */
export const LABEL_FONT = 'Noto Sans';

/**
 * The base map's style, built in code: its tiles come from the app's own folder `base`, the URL
 * given (absolute, as MapLibre's worker fetches them), and it has no sprites or glyphs. Arcs,
 * places and labels are drawn over it by the app's own layers. The sea is the map container's
 * background (`BASE_COLORS.water`), showing through where no land is drawn.
 */
export function createStyle(base: URL): StyleSpecification {
  const layers: LayerSpecification[] = [
    {
      id: 'countries-fill',
      type: 'fill',
      source: BASE_SOURCE,
      'source-layer': BASE_LAYERS.countries,
      // Coloured by an expression of a feature state (which countries never have), as the regions
      // are: MapLibre then draws both fills with one program. On software WebGL every program's
      // first draw on a page compiles its pipeline, some 20 ms before the first map appears.
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'color'], BASE_COLORS.land],
        'fill-antialias': false,
      },
    },
    ...createRegionLayers(BASE_SOURCE, BASE_LAYERS.regions),
    {
      id: 'countries-line',
      type: 'line',
      source: BASE_SOURCE,
      'source-layer': BASE_LAYERS.countries,
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
        type: 'vector',
        tiles: [`${base.href}{z}/{x}/{y}.pbf`],
        maxzoom: BASE_MAX_ZOOM,
        // Regions' feature states (their choropleth class) are keyed by their id.
        promoteId: 'id',
      },
    },
    layers,
  };
}
