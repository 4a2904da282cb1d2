import type {ExpressionSpecification, LayerSpecification} from 'maplibre-gl';
import {BASE_COLORS, CHOROPLETH_COLORS} from '../palette';

/**
 * Fill colour of a region from its `cls` feature state: the base colour at 0, then one choropleth
 * class per colour. The expression never changes, so a filter change only sets feature states and
 * the regions are never re-tiled.
 */
export function choroplethExpression(): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'cls'], 0],
    ...CHOROPLETH_COLORS.flatMap((c, i) => [i + 1, c]),
    BASE_COLORS.region,
  ] as unknown as ExpressionSpecification;
}

/** The choropleth class (1-based; 0 for none) of a count, given the classes' lower bounds. */
export function getClassOf(count: number, thresholds: readonly number[]): number {
  let cls = 0;
  thresholds.forEach((t, i) => {
    if (count >= t) cls = i + 1;
  });
  return cls;
}

/** The selected region's outline: the region with that id (none for ''). */
export function getSelectedFilter(id: string): ExpressionSpecification {
  return ['==', ['get', 'id'], id];
}

/** Region fills (a choropleth of links in view), borders and the outline of the selected one. */
export function createRegionLayers(source: string, sourceLayer: string): LayerSpecification[] {
  return [
    {
      id: 'regions-fill',
      type: 'fill',
      source,
      'source-layer': sourceLayer,
      // The border layer draws the outlines, so the fill needs no antialiased edge of its own.
      paint: {'fill-color': choroplethExpression(), 'fill-antialias': false},
    },
    {
      id: 'regions-line',
      type: 'line',
      source,
      'source-layer': sourceLayer,
      paint: {
        'line-color': BASE_COLORS.regionBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.3, 6, 0.9],
      },
    },
    {
      id: 'regions-selected',
      type: 'line',
      source,
      'source-layer': sourceLayer,
      filter: getSelectedFilter(''),
      paint: {'line-color': BASE_COLORS.selected, 'line-width': 2.5},
    },
  ];
}
