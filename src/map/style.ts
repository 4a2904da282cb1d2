import type {ExpressionSpecification, LayerSpecification, StyleSpecification} from 'maplibre-gl';
import type {Lang} from '../state/appState';
import {createArcLayers} from './layers/arcs';
import {BASE_COLORS} from './palette';

/** Font family served by the app (Noto Sans, Latin and Cyrillic), used for every label. */
export const LABEL_FONT = 'Noto Sans';

/** GeoJSON the style draws. */
export interface StyleData {
  countries: GeoJSON.FeatureCollection;
  regions: GeoJSON.FeatureCollection;
  regionLabels: GeoJSON.FeatureCollection;
  places: GeoJSON.FeatureCollection;
  arcs: GeoJSON.FeatureCollection;
}

/** Ids of the GeoJSON sources the app updates. */
export const SOURCES = {
  arcs: 'arcs',
  places: 'places',
  regions: 'regions',
  regionLabels: 'region-labels',
} as const;

/** The label text in the given language. */
export function nameField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'ru' ? 'name_ru' : 'name_en'];
}

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
      source: 'countries',
      paint: {'fill-color': BASE_COLORS.land},
    },
    {
      id: 'regions-fill',
      type: 'fill',
      source: SOURCES.regions,
      paint: {
        'fill-color': [
          'case',
          ['==', ['get', 'country'], 'BY'],
          BASE_COLORS.belarus,
          ['boolean', ['get', 'linked'], false],
          BASE_COLORS.regionLinked,
          BASE_COLORS.region,
        ],
      },
    },
    {
      id: 'regions-line',
      type: 'line',
      source: SOURCES.regions,
      paint: {
        'line-color': BASE_COLORS.regionBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.3, 6, 0.9],
      },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: {
        'line-color': BASE_COLORS.landBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.6],
      },
    },
    ...createArcLayers({source: SOURCES.arcs}),
    {
      id: 'places-circle',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2.5, 7, 5],
        'circle-color': ['case', ['get', 'belarus'], '#7a1f1f', '#ffffff'],
        'circle-stroke-color': '#3b3b3b',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'region-labels',
      type: 'symbol',
      source: SOURCES.regionLabels,
      minzoom: 3.5,
      layout: {
        'text-field': nameField(lang),
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14],
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: {
        'text-color': BASE_COLORS.label,
        'text-halo-color': BASE_COLORS.halo,
        'text-halo-width': 1.4,
      },
    },
    {
      id: 'places-label',
      type: 'symbol',
      source: SOURCES.places,
      minzoom: 5,
      layout: {
        'text-field': nameField(lang),
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {'text-color': '#222', 'text-halo-color': BASE_COLORS.halo, 'text-halo-width': 1.4},
    },
  ];
  return {
    version: 8,
    sources: {
      countries: {type: 'geojson', data: data.countries},
      [SOURCES.regions]: {type: 'geojson', data: data.regions},
      [SOURCES.regionLabels]: {type: 'geojson', data: data.regionLabels},
      [SOURCES.places]: {type: 'geojson', data: data.places},
      [SOURCES.arcs]: {type: 'geojson', data: data.arcs},
    },
    layers,
  };
}
