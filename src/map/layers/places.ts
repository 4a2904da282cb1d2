import type {LayerSpecification} from 'maplibre-gl';
import type {Lang} from '../../state/appState';
import {BASE_COLORS} from '../palette';

/** Options of the place layers. */
export interface PlaceLayerOptions {
  source: string;
  lang: Lang;
  font: string;
}

/** Circles sized by links in view (Belarusian places in dark red) and their labels. */
export function createPlaceLayers({source, lang, font}: PlaceLayerOptions): LayerSpecification[] {
  return [
    {
      id: 'places-circle',
      type: 'circle',
      source,
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['case', ['get', 'belarus'], BASE_COLORS.belarus, '#ffffff'],
        'circle-opacity': 0.92,
        'circle-stroke-color': ['case', ['get', 'belarus'], '#ffffff', '#3b3b3b'],
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'places-label',
      type: 'symbol',
      source,
      layout: {
        'text-field': ['get', lang === 'ru' ? 'name_ru' : 'name_en'],
        'text-font': [font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 15],
        'text-radial-offset': ['+', 0.4, ['/', ['get', 'radius'], 12]],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-max-width': 9,
        'text-padding': 3,
        'symbol-sort-key': ['-', 0, ['get', 'links']],
      },
      paint: {'text-color': '#1f1d1a', 'text-halo-color': BASE_COLORS.halo, 'text-halo-width': 1.6},
    },
  ];
}
