import type {ExpressionSpecification, LayerSpecification, StyleSpecification} from 'maplibre-gl';
import type {Lang} from '../state/appState';
import {createPlaceLayers} from './layers/places';
import {createRegionLayers} from './layers/regions';
import {BASE_COLORS} from './palette';

/** Font family served by the app (Noto Sans, Latin and Cyrillic), used for every label. */
export const LABEL_FONT = 'Noto Sans';

/** Ids of the GeoJSON sources. */
export const SOURCES = {
  countries: 'countries',
  regions: 'regions',
  regionLabels: 'region-labels',
  places: 'places',
} as const;

/** GeoJSON the style starts with. */
export interface StyleData {
  countries: GeoJSON.FeatureCollection;
  regions: GeoJSON.FeatureCollection;
  regionLabels: GeoJSON.FeatureCollection;
}

/** The label text in the given language. */
export function nameField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'ru' ? 'name_ru' : 'name_en'];
}

const EMPTY: GeoJSON.FeatureCollection = {type: 'FeatureCollection', features: []};

/**
 * The whole map style, built in code: no tiles, sprites or glyphs from anywhere. Labels are drawn
 * from the web font the page loads (MapLibre renders them locally when `glyphs` is omitted).
 */
export function createStyle(data: StyleData, lang: Lang): StyleSpecification {
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
    ...createPlaceLayers({source: SOURCES.places, lang, font: LABEL_FONT}),
    {
      id: 'region-labels',
      type: 'symbol',
      source: SOURCES.regionLabels,
      minzoom: 4,
      layout: {
        'text-field': nameField(lang),
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14],
        'text-max-width': 8,
        'text-padding': 6,
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
      },
      paint: {
        'text-color': BASE_COLORS.regionLabel,
        'text-halo-color': BASE_COLORS.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
  return {
    version: 8,
    sources: {
      [SOURCES.countries]: {type: 'geojson', data: data.countries},
      [SOURCES.regions]: {type: 'geojson', data: data.regions, promoteId: 'id'},
      [SOURCES.regionLabels]: {type: 'geojson', data: data.regionLabels},
      [SOURCES.places]: {type: 'geojson', data: EMPTY},
    },
    layers,
  };
}
