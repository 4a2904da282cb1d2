import type {ExpressionSpecification, LayerSpecification} from 'maplibre-gl';
import {LINK_TYPES} from '../../data/model';
import {TYPE_COLORS} from '../palette';

/** Options of the arc layers. */
export interface ArcLayerOptions {
  source: string;
  arrows: string;
  opacity?: number;
}

/** Arc layer options when none are given. */
export const ARC_LAYER_DEFAULTS = {opacity: 0.85};

/** Name of the arrowhead image the map registers. */
export const ARROW_IMAGE = 'arrowhead';

/** A `match` expression giving each link type its colour. */
export function typeColorExpression(): ExpressionSpecification {
  return [
    'match',
    ['get', 'type'],
    ...LINK_TYPES.flatMap((t) => [t, TYPE_COLORS[t]]),
    '#888',
  ] as unknown as ExpressionSpecification;
}

/** Arc stroke width from the feature's `width` (pixels at zoom 6), growing with zoom, plus `extra`. */
function widthExpression(extra = 0): ExpressionSpecification {
  const at = (factor: number): ExpressionSpecification => [
    '+',
    extra,
    ['*', factor, ['get', 'width']],
  ];
  return ['interpolate', ['linear'], ['zoom'], 2, at(0.75), 6, at(1), 9, at(1.5)];
}

/**
 * Layers that draw pairs as arcs coloured by type: solid for directed or mixed links, dashed for
 * twinning and agreements, a light casing under each, arrowheads on directed ones, and a dark
 * outline under the selected pair.
 */
export function createArcLayers(options: ArcLayerOptions): LayerSpecification[] {
  const {source, arrows, opacity} = {...ARC_LAYER_DEFAULTS, ...options};
  const layout = {'line-cap': 'round', 'line-join': 'round'} as const;
  return [
    {
      id: 'arcs-selected',
      type: 'line',
      source,
      filter: ['==', ['get', 'key'], ''],
      layout,
      paint: {'line-color': '#1f1d1a', 'line-width': widthExpression(5)},
    },
    {
      id: 'arcs-casing',
      type: 'line',
      source,
      layout,
      paint: {'line-color': '#ffffff', 'line-opacity': 0.7, 'line-width': widthExpression(1.5)},
    },
    {
      id: 'arcs-solid',
      type: 'line',
      source,
      filter: ['!', ['get', 'dashed']],
      layout,
      paint: {
        'line-color': typeColorExpression(),
        'line-width': widthExpression(),
        'line-opacity': opacity,
      },
    },
    {
      id: 'arcs-dashed',
      type: 'line',
      source,
      filter: ['get', 'dashed'],
      layout: {'line-cap': 'butt', 'line-join': 'round'},
      paint: {
        'line-color': typeColorExpression(),
        'line-width': widthExpression(),
        'line-opacity': opacity,
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'arcs-arrows',
      type: 'symbol',
      source: arrows,
      layout: {
        'icon-image': ARROW_IMAGE,
        'icon-size': ['get', 'size'],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': typeColorExpression(),
        'icon-halo-color': '#ffffff',
        'icon-halo-width': 1,
      },
    },
  ];
}

/** An upward-pointing triangle as an SDF-ready image, so `icon-color` can tint it per type. */
export function createArrowImage(size = 24): {width: number; height: number; data: Uint8Array} {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Triangle with its tip at the top centre and base at the bottom.
      const half = ((y + 0.5) / size) * (size / 2 - 1);
      const inside = Math.abs(x + 0.5 - size / 2) <= half && y >= 1;
      data.set(inside ? [0, 0, 0, 255] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return {width: size, height: size, data};
}
