import {addProtocol, type LayerSpecification, type StyleSpecification} from 'maplibre-gl';
import {BASE_LAYERS, BASE_MAX_ZOOM, BASE_PROTOCOL, BASE_SOURCE} from './base';
import {createRegionLayers} from './layers/regions';
import {BASE_COLORS} from './palette';

/** Font family served by the app (Noto Sans, Latin and Cyrillic), used for every label. */
export const LABEL_FONT = 'Noto Sans';

/**
 * Serves the base tiles to MapLibre from the folder `root`: tiles the index lists are fetched,
 * the others (open sea) are empty without a request.
 */
export function useBaseTiles(root: URL, tiles: readonly string[]): void {
  const known = new Set(tiles);
  addProtocol(BASE_PROTOCOL, async ({url}, abort) => {
    const key = url.slice(BASE_PROTOCOL.length + 3);
    if (!known.has(key)) return {data: new ArrayBuffer(0)};
    const res = await fetch(new URL(`${key}.pbf`, root), {signal: abort.signal});
    if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status}`);
    return {data: await res.arrayBuffer()};
  });
}

/**
 * The base map's style, built in code: its tiles come from the app's own folder, and it has no
 * sprites or glyphs. Arcs, places and labels are drawn over it by the app's own layers. The sea is the map container's
 * background (`BASE_COLORS.water`), showing through where no land is drawn.
 */
export function createStyle(): StyleSpecification {
  const layers: LayerSpecification[] = [
    {
      id: 'countries-fill',
      type: 'fill',
      source: BASE_SOURCE,
      'source-layer': BASE_LAYERS.countries,
      paint: {'fill-color': BASE_COLORS.land, 'fill-antialias': false},
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
        tiles: [`${BASE_PROTOCOL}://{z}/{x}/{y}`],
        maxzoom: BASE_MAX_ZOOM,
        // Regions' feature states (their choropleth class) are keyed by their id.
        promoteId: 'id',
      },
    },
    layers,
  };
}
