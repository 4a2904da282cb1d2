import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type PaddingOptions,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {getArcCoordinates, getDistanceToPath, mercatorY, type LonLat} from '../geo/arcs';
import {getArcEnds, type ArcInstances, type PlaceProperties} from '../geo/features';
import type {Lang, ViewState} from '../state/appState';
import {createArcLayer, getWidthFactor} from './layers/arcs';
import {whenRendered} from './layers/gl';
import {createPlaceLayer, type RegionLabelProperties} from './layers/places';
import {BASE_LAYERS, BASE_SOURCE} from './base';
import {getClassOf, getSelectedFilter} from './layers/regions';
import {BASE_COLORS} from './palette';
import {createStyle, LABEL_FONT} from './style';

/**
 * Resolves once MapLibre's workers are starting. MapLibre 6 has no default worker location, so the
 * map never loads without one. The built page preloads the worker's script with the data, and the
 * workers start from a copy of it in memory as soon as MapLibre has loaded, instead of fetching it
 * only then; the file itself is their fallback. (The dev server serves the script rewritten for
 * its own module graph, which a copy in memory cannot resolve, so there they load the file.) They
 * start while the page fetches its data.
 */
export const whenWorkersStart: Promise<void> = (
  import.meta.env.DEV
    ? Promise.resolve(workerUrl)
    : fetch(workerUrl)
        .then((res) => {
          if (!res.ok) throw new Error(`${workerUrl}: HTTP ${res.status}`);
          return res.blob();
        })
        .then(
          (script) => URL.createObjectURL(script),
          () => workerUrl,
        )
).then((url) => {
  setWorkerUrl(url);
  prewarm();
});

/** What the pointer is over or has clicked. */
export type MapTarget =
  {kind: 'arc'; key: string} | {kind: 'place'; id: string} | {kind: 'region'; id: string};

/** Options of the map view. */
export interface MapViewOptions {
  container: HTMLElement;
  /** The folder of the base map's tiles. */
  base: URL;
  lang: Lang;
  bounds: LngLatBoundsLike;
  view: ViewState | null;
  attribution: string;
  interactive?: boolean;
  onHover: (target: MapTarget | null, point: {x: number; y: number}) => void;
  onClick: (target: MapTarget | null) => void;
  onMove: (view: ViewState) => void;
  /** After every move, the app's own too, with the zoom it ended at. */
  onSettle?: (zoom: number) => void;
}

/** What the map draws for the current view. */
export interface MapContent {
  arcs: ArcInstances;
  places: GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProperties>;
  regionCounts: ReadonlyMap<string, number>;
  thresholds: readonly number[];
  selectedArc: string | null;
  selectedRegion: string | null;
}

/** The MapLibre map of the app, driven by `update`. */
export interface MapView {
  map: MapLibreMap;
  update(content: MapContent): void;
  /** Label points and names of the regions, ranked by their links. */
  setRegionLabels(labels: GeoJSON.FeatureCollection<GeoJSON.Point, RegionLabelProperties>): void;
  setLang(lang: Lang): void;
  /** Scale of the labels' text (see the place layer). */
  setTextScale(scale: number): void;
  /** Frames the bounds, clear of the map's edges by `padding` (32 pixels each by default). */
  fit(bounds: LngLatBoundsLike, animate: boolean, padding?: number | PaddingOptions): void;
  jumpTo(view: ViewState): void;
  /** Resolves once the map has drawn all it was waiting for, and the GPU has rendered it. */
  whenIdle(): Promise<void>;
  whenLoaded(): Promise<void>;
  /** Resolves once the map has asked for its first tiles, or has settled without any. */
  whenLoading(): Promise<void>;
  /** Arcs whose middle is on screen, with that middle in pixels: for tests and scripts. */
  arcsOnScreen(): {key: string; count: number; x: number; y: number}[];
  /** Places drawn, with their centres in pixels: for tests and scripts. */
  placesOnScreen(): {id: string; links: number; x: number; y: number}[];
  /** Labels drawn, with their boxes in pixels: for tests and scripts. */
  labelsOnScreen(): {text: string; x: number; y: number; width: number; height: number}[];
}

/** Id of the arc layer, drawn over the base map. */
export const ARC_LAYER = 'arcs';
/** Id of the layer of places and labels, drawn over the arcs. */
export const PLACE_LAYER = 'places';
/** Where the regions' feature states live. */
const REGION_FEATURES = {source: BASE_SOURCE, sourceLayer: BASE_LAYERS.regions};
/** Pixels around a stroke that still count as on it. */
const HIT_TOLERANCE = 3;

function regionOf(f: MapGeoJSONFeature | undefined): MapTarget | null {
  const id = (f?.properties as Record<string, string> | undefined)?.id;
  return id ? {kind: 'region', id} : null;
}

/** World pixels (at zoom 0, 512 wide) of a position, on the Mercator plane. */
function toWorld([lon, lat]: LonLat): [number, number] {
  return [((lon + 180) / 360) * 512, ((180 - mercatorY(lat)) / 360) * 512];
}

/** The arcs' curves in world pixels, each with its bounding box, computed on first use. */
function createArcPaths(arcs: ArcInstances) {
  const paths: {box: [number, number, number, number]; points: [number, number][]}[] = [];
  return (i: number) => {
    let p = paths[i];
    if (!p) {
      const [a, b] = getArcEnds(arcs, i);
      const points = getArcCoordinates(a, b).map(toWorld);
      const xs = points.map((q) => q[0]);
      const ys = points.map((q) => q[1]);
      p = {box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], points};
      paths[i] = p;
    }
    return p;
  };
}

/** Creates the map with the app's offline style and wires pointer events to the callbacks. */
export function createMapView(options: MapViewOptions): MapView {
  // The sea: the style draws land only, over the container's own background.
  options.container.style.backgroundColor = BASE_COLORS.water;
  const map = new MapLibreMap({
    container: options.container,
    style: createStyle(options.base),
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
  // With the pitch held at zero the sky lies beyond the horizon, yet MapLibre shades it over the
  // whole canvas every frame: on software WebGL that pass costs as much as all the layers together.
  map.painter.drawFunctions = {...map.painter.drawFunctions, sky: () => undefined};
  map.addControl(new AttributionControl({compact: false, customAttribution: options.attribution}));
  if (options.interactive ?? true)
    map.addControl(new NavigationControl({showCompass: false}), 'top-right');
  map.dragRotate.disable();
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Nothing is drawn until the first view can be drawn whole, its tiles and its links together:
  // no land first and arcs later, and no frames spent on a map still loading.
  let drawing = false;
  let hasContent = false;
  const paint = map.painter.render.bind(map.painter);
  map.painter.render = (...args) => {
    drawing ||= hasContent && map.loaded();
    if (drawing) paint(...args);
  };
  const arcLayer = createArcLayer({id: ARC_LAYER});
  const placeLayer = createPlaceLayer({id: PLACE_LAYER, lang: options.lang, font: LABEL_FONT});
  // Content given before the style has loaded waits for it.
  let styleLoaded = false;
  let pending: MapContent | null = null;
  map.on('style.load', () => {
    if (!map.getLayer(ARC_LAYER)) map.addLayer(arcLayer);
    if (!map.getLayer(PLACE_LAYER)) map.addLayer(placeLayer);
    styleLoaded = true;
    if (pending) view.update(pending);
    pending = null;
  });
  let arcs: ArcInstances | null = null;
  let pathOf = createArcPaths({length: 0} as ArcInstances);

  /** The topmost arc within a few pixels of a point on screen. */
  function arcAt(point: {x: number; y: number}): string | null {
    if (!arcs) return null;
    const scale = 2 ** map.getZoom();
    const ll = map.unproject([point.x, point.y]);
    const [x, y] = toWorld([ll.lng, ll.lat]);
    const factor = getWidthFactor(map.getZoom());
    for (let i = arcs.length - 1; i >= 0; i--) {
      const reach = ((arcs.widths[i] ?? 0) * factor) / 2 + HIT_TOLERANCE;
      const r = reach / scale;
      const {box, points} = pathOf(i);
      if (x < box[0] - r || x > box[2] + r || y < box[1] - r || y > box[3] + r) continue;
      if (getDistanceToPath(points, [x, y]) * scale <= reach) return arcs.keys[i] ?? null;
    }
    return null;
  }

  let hovered: string | null = null;
  const hit = (e: MapMouseEvent): MapTarget | null => {
    const place = placeLayer.placeAt(e.point);
    if (place) return {kind: 'place', id: place};
    const key = arcAt(e.point);
    if (key) return {kind: 'arc', key};
    return regionOf(map.queryRenderedFeatures(e.point, {layers: ['regions-fill']})[0]);
  };
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
    options.onSettle?.(map.getZoom());
    // Only the reader's own moves go to the URL, not the app's framing.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    options.onMove({center: [c.lng, c.lat], zoom: map.getZoom()});
  });

  let lastClasses = new Map<string, number>();
  // The style's outline of the selected region starts with none selected: setting that filter
  // again would have every tile laid out anew.
  let last: Partial<MapContent> = {selectedRegion: null};

  const view: MapView = {
    map,
    update(c) {
      if (!styleLoaded) {
        pending = c;
        return;
      }
      hasContent = true;
      if (c.arcs !== last.arcs) {
        arcs = c.arcs;
        pathOf = createArcPaths(c.arcs);
        arcLayer.setArcs(c.arcs);
      }
      if (c.places !== last.places) placeLayer.setPlaces(c.places);
      if (c.regionCounts !== last.regionCounts || c.thresholds !== last.thresholds) {
        const classes = new Map<string, number>();
        for (const [id, count] of c.regionCounts) {
          const cls = getClassOf(count, c.thresholds);
          if (cls > 0) classes.set(id, cls);
        }
        for (const id of lastClasses.keys())
          if (!classes.has(id)) map.setFeatureState({...REGION_FEATURES, id}, {cls: 0});
        for (const [id, cls] of classes)
          if (lastClasses.get(id) !== cls) map.setFeatureState({...REGION_FEATURES, id}, {cls});
        lastClasses = classes;
      }
      if (c.selectedArc !== last.selectedArc || c.arcs !== last.arcs)
        arcLayer.setSelected(c.selectedArc ? c.arcs.keys.indexOf(c.selectedArc) : -1);
      if (c.selectedRegion !== last.selectedRegion)
        map.setFilter('regions-selected', getSelectedFilter(c.selectedRegion ?? ''));
      last = c;
    },
    setRegionLabels: (labels) => placeLayer.setRegionLabels(labels),
    setTextScale: (scale) => placeLayer.setTextScale(scale),
    setLang(lang) {
      placeLayer.setLang(lang);
    },
    fit(bounds, animate, padding = 32) {
      map.fitBounds(bounds, {padding, animate, duration: animate ? 800 : 0});
    },
    jumpTo(v) {
      map.jumpTo({center: v.center, zoom: v.zoom});
    },
    whenLoading() {
      return new Promise((resolve) => {
        const events = ['sourcedataloading', 'idle', 'error'] as const;
        const done = (e: {type: string; tile?: unknown}) => {
          // The source's own loading comes first; its tiles' follow at the next frame.
          if (e.type === 'sourcedataloading' && !e.tile) return;
          for (const name of events) map.off(name, done);
          // A tile's request leaves a few promise steps later: a task later, all of them have.
          setTimeout(resolve, 0);
        };
        for (const name of events) map.on(name, done);
      });
    },
    whenLoaded() {
      return new Promise((resolve) => {
        if (map.isStyleLoaded()) resolve();
        else map.once('load', () => resolve());
      });
    },
    arcsOnScreen() {
      if (!arcs) return [];
      const {width, height} = map.getCanvas().getBoundingClientRect();
      const out = [];
      for (let i = 0; i < arcs.length; i++) {
        const [a, b] = getArcEnds(arcs, i);
        const c = getArcCoordinates(a, b);
        const mid = c[Math.floor(c.length / 2)];
        if (!mid) continue;
        const {x, y} = map.project(mid);
        if (x < 0 || y < 0 || x > width || y > height) continue;
        out.push({key: arcs.keys[i] ?? '', count: arcs.counts[i] ?? 0, x, y});
      }
      return out;
    },
    placesOnScreen: () => placeLayer.placesOnScreen(),
    labelsOnScreen: () => placeLayer.labelsOnScreen(),
    whenIdle() {
      // A container resized since the last frame (a change of layout) is measured now, not when
      // the resize observer next reports it: the tiles it newly shows are waited for too.
      const container = map.getContainer();
      const canvas = map.getCanvas();
      if (
        container.clientWidth !== canvas.clientWidth ||
        container.clientHeight !== canvas.clientHeight
      )
        map.resize();
      // Drawn, with no frame to come: idle now, without drawing the same frame again.
      const idle =
        drawing && !map._frameRequest && !map.isMoving() && map.loaded()
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              map.once('idle', () => resolve());
              map.triggerRepaint();
            });
      return idle.then(() => whenRendered(map.painter.context.gl));
    },
  };
  return view;
}
