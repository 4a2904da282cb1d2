import type {ExpressionSpecification, LayerSpecification} from 'maplibre-gl';
import {BASE_COLORS, CHOROPLETH_COLORS} from '../palette';

/** Options of the region layers. */
export interface RegionLayerOptions {
  source: string;
}

/**
 * Fill colour of a region from its `count` feature state: the base colour at 0, then one
 * choropleth class per threshold.
 * @param thresholds - lower bounds of the classes, ascending, at most one per colour.
 */
export function choroplethExpression(thresholds: readonly number[]): ExpressionSpecification {
  const stops = thresholds.flatMap((t, i) => [t, CHOROPLETH_COLORS[i] ?? CHOROPLETH_COLORS.at(-1)]);
  if (!stops.length) return ['literal', BASE_COLORS.region] as unknown as ExpressionSpecification;
  return [
    'step',
    ['coalesce', ['feature-state', 'count'], 0],
    BASE_COLORS.region,
    ...stops,
  ] as unknown as ExpressionSpecification;
}

/** Region fills (a choropleth of links in view), borders and the outline of the selected one. */
export function createRegionLayers({source}: RegionLayerOptions): LayerSpecification[] {
  return [
    {
      id: 'regions-fill',
      type: 'fill',
      source,
      paint: {'fill-color': choroplethExpression([])},
    },
    {
      id: 'regions-line',
      type: 'line',
      source,
      paint: {
        'line-color': BASE_COLORS.regionBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.3, 6, 0.9],
      },
    },
    {
      id: 'regions-selected',
      type: 'line',
      source,
      filter: ['==', ['get', 'id'], ''],
      paint: {'line-color': BASE_COLORS.selected, 'line-width': 2.5},
    },
  ];
}
