import {AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl} from 'maplibre-gl';
import type {LngLatBoundsLike} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type {Lang} from '../state/appState';
import {createStyle, type StyleData} from './style';

// MapLibre 6 has no default worker location: without this the map never loads.
setWorkerUrl(workerUrl);

/** Options of the map. */
export interface MapOptions {
  container: HTMLElement;
  data: StyleData;
  lang: Lang;
  bounds: LngLatBoundsLike;
  attribution: string;
}

/** Creates the MapLibre map with the app's offline style. */
export function createMap(options: MapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container: options.container,
    style: createStyle(options.data, options.lang),
    bounds: options.bounds,
    fitBoundsOptions: {padding: 24},
    attributionControl: false,
    fadeDuration: 0,
    renderWorldCopies: false,
    canvasContextAttributes: {preserveDrawingBuffer: true},
    maxPitch: 0,
  });
  map.addControl(new AttributionControl({compact: false, customAttribution: options.attribution}));
  map.addControl(new NavigationControl({showCompass: false}), 'top-right');
  map.dragRotate.disable();
  map.touchZoomRotate.disableRotation();
  return map;
}

/** Resolves once the map has loaded and finished rendering. */
export function whenIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}
