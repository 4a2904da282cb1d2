import type {ExpressionSpecification, LayerSpecification} from 'maplibre-gl';
import {LINK_TYPES} from '../../data/model';
import {TYPE_COLORS} from '../palette';

/** Options of the arc layers. */
export interface ArcLayerOptions {
  source: string;
  width?: number;
  opacity?: number;
}

/** Arc layer options when none are given. */
export const ARC_LAYER_DEFAULTS = {width: 1.6, opacity: 0.8};

/** A `match` expression giving each link type its colour. */
export function typeColorExpression(): ExpressionSpecification {
  return [
    'match',
    ['get', 'type'],
    ...LINK_TYPES.flatMap((t) => [t, TYPE_COLORS[t]]),
    '#888',
  ] as unknown as ExpressionSpecification;
}

/** The line layers that draw links as arcs, coloured by type. */
export function createArcLayers(options: ArcLayerOptions): LayerSpecification[] {
  const {source, width, opacity} = {...ARC_LAYER_DEFAULTS, ...options};
  return [
    {
      id: 'arcs',
      type: 'line',
      source,
      layout: {'line-cap': 'round', 'line-join': 'round'},
      paint: {
        'line-color': typeColorExpression(),
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, width * 0.7, 7, width * 1.8],
        'line-opacity': opacity,
      },
    },
  ];
}
