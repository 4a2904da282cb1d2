import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type {ArcFeatures} from '../geo/features';
import type {Lang, ViewState} from '../state/appState';
import {ARROW_IMAGE, createArrowImage} from './layers/arcs';
import {getClassOf} from './layers/regions';
import {createStyle, nameField, SOURCES, type StyleData} from './style';

// MapLibre 6 has no default worker location: without this the map never loads.
setWorkerUrl(workerUrl);

/** What the pointer is over or has clicked. */
export type MapTarget =
  {kind: 'arc'; key: string} | {kind: 'place'; id: string} | {kind: 'region'; id: string};

/** Options of the map view. */
export interface MapViewOptions {
  container: HTMLElement;
  data: StyleData;
  lang: Lang;
  bounds: LngLatBoundsLike;
  view: ViewState | null;
  attribution: string;
  interactive?: boolean;
  onHover: (target: MapTarget | null, point: {x: number; y: number}) => void;
  onClick: (target: MapTarget | null) => void;
  onMove: (view: ViewState) => void;
}

/** What the map draws for the current view. */
export interface MapContent {
  arcs: ArcFeatures;
  places: GeoJSON.FeatureCollection;
  regionCounts: ReadonlyMap<string, number>;
  thresholds: readonly number[];
  selectedArc: string | null;
  selectedRegion: string | null;
}

/** The MapLibre map of the app, driven by `update`. */
export interface MapView {
  map: MapLibreMap;
  update(content: MapContent): void;
  setLang(lang: Lang): void;
  fit(bounds: LngLatBoundsLike, animate: boolean): void;
  jumpTo(view: ViewState): void;
  whenIdle(): Promise<void>;
  whenLoaded(): Promise<void>;
}

const HIT_LAYERS = ['places-circle', 'arcs-solid', 'arcs-dashed', 'regions-fill'];

function targetOf(f: MapGeoJSONFeature | undefined): MapTarget | null {
  if (!f) return null;
  const p = f.properties as Record<string, string>;
  if (f.layer.id === 'places-circle') return {kind: 'place', id: p.id ?? ''};
  if (f.layer.id.startsWith('arcs')) return {kind: 'arc', key: p.key ?? ''};
  return {kind: 'region', id: p.id ?? ''};
}

/** Creates the map with the app's offline style and wires pointer events to the callbacks. */
export function createMapView(options: MapViewOptions): MapView {
  const map = new MapLibreMap({
    container: options.container,
    style: createStyle(options.data, options.lang),
    ...(options.view
      ? {center: options.view.center, zoom: options.view.zoom}
      : {bounds: options.bounds}),
    fitBoundsOptions: {padding: 32},
    attributionControl: false,
    fadeDuration: 0,
    renderWorldCopies: false,
    canvasContextAttributes: {preserveDrawingBuffer: true},
    maxPitch: 0,
    interactive: options.interactive ?? true,
  });
  map.addControl(new AttributionControl({compact: false, customAttribution: options.attribution}));
  if (options.interactive ?? true)
    map.addControl(new NavigationControl({showCompass: false}), 'top-right');
  map.dragRotate.disable();
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addImage(ARROW_IMAGE, createArrowImage(), {sdf: true, pixelRatio: 2});

  let hovered: string | null = null;
  const hit = (e: MapMouseEvent) =>
    targetOf(map.queryRenderedFeatures(e.point, {layers: HIT_LAYERS})[0]);
  map.on('mousemove', (e) => {
    const t = hit(e);
    const key = t ? JSON.stringify(t) : null;
    map.getCanvas().style.cursor = t && t.kind !== 'region' ? 'pointer' : '';
    if (key !== hovered || t) options.onHover(t, e.point);
    hovered = key;
  });
  map.on('mouseout', () => {
    hovered = null;
    options.onHover(null, {x: 0, y: 0});
  });
  map.on('click', (e) => options.onClick(hit(e)));
  map.on('moveend', (e) => {
    // Only the reader's own moves go to the URL, not the app's framing.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    options.onMove({center: [c.lng, c.lat], zoom: map.getZoom()});
  });

  let lastClasses = new Map<string, number>();
  let last: Partial<MapContent> = {};
  const setData = (id: string, data: GeoJSON.FeatureCollection) =>
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);

  const view: MapView = {
    map,
    update(c) {
      if (c.arcs !== last.arcs) {
        setData(SOURCES.arcs, c.arcs.arcs);
        setData(SOURCES.arrows, c.arcs.arrows);
      }
      if (c.places !== last.places) setData(SOURCES.places, c.places);
      if (c.regionCounts !== last.regionCounts || c.thresholds !== last.thresholds) {
        const classes = new Map<string, number>();
        for (const [id, count] of c.regionCounts) {
          const cls = getClassOf(count, c.thresholds);
          if (cls > 0) classes.set(id, cls);
        }
        for (const id of lastClasses.keys())
          if (!classes.has(id)) map.setFeatureState({source: SOURCES.regions, id}, {cls: 0});
        for (const [id, cls] of classes)
          if (lastClasses.get(id) !== cls)
            map.setFeatureState({source: SOURCES.regions, id}, {cls});
        lastClasses = classes;
      }
      if (c.selectedArc !== last.selectedArc)
        map.setFilter('arcs-selected', ['==', ['get', 'key'], c.selectedArc ?? '']);
      if (c.selectedRegion !== last.selectedRegion)
        map.setFilter('regions-selected', ['==', ['get', 'id'], c.selectedRegion ?? '']);
      last = c;
    },
    setLang(lang) {
      map.setLayoutProperty('region-labels', 'text-field', nameField(lang));
      map.setLayoutProperty('places-label', 'text-field', nameField(lang));
    },
    fit(bounds, animate) {
      map.fitBounds(bounds, {padding: 32, animate, duration: animate ? 800 : 0});
    },
    jumpTo(v) {
      map.jumpTo({center: v.center, zoom: v.zoom});
    },
    whenLoaded() {
      return new Promise((resolve) => {
        if (map.isStyleLoaded()) resolve();
        else map.once('load', () => resolve());
      });
    },
    whenIdle() {
      return new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    },
  };
  return view;
}
