import type {CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap} from 'maplibre-gl';
import {mercatorY} from '../../geo/arcs';
import type {PlaceProperties} from '../../geo/features';
import type {Lang} from '../../state/appState';
import {BASE_COLORS} from '../palette';
import {createBuffer, createProgram, premultiplied, repeatForQuads, type Program} from './gl';
import {placeLabels, wrapLines, type Anchor, type LabelCandidate} from './labels';

/** A region's label: its name at a point inside it, the best linked first. */
export interface RegionLabelProperties {
  id: string;
  name_en: string;
  name_ru: string;
  rank: number;
}

/** The layer of places: circles sized by links in view, their labels and the regions' labels. */
export interface PlaceLayer extends CustomLayerInterface {
  setPlaces(places: GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProperties>): void;
  setRegionLabels(labels: GeoJSON.FeatureCollection<GeoJSON.Point, RegionLabelProperties>): void;
  setLang(lang: Lang): void;
  /** Scale of the labels' text: 1 as designed, more for a room reading a projected map. */
  setTextScale(scale: number): void;
  /** Id of the topmost place whose circle is under a point in CSS pixels, if any. */
  placeAt(point: {x: number; y: number}): string | null;
  /** Places as last drawn, with their centres in CSS pixels: for tests and scripts. */
  placesOnScreen(): {id: string; links: number; x: number; y: number}[];
  /** Labels as last drawn, their boxes in CSS pixels: for tests and scripts. */
  labelsOnScreen(): {text: string; x: number; y: number; width: number; height: number}[];
}

/** Options of the place layer. */
export interface PlaceLayerOptions {
  id: string;
  lang: Lang;
  font: string;
}

/** How the labels look: sizes in pixels at two zooms, halo width, padding, colours. */
interface LabelStyle {
  sizes: [zoom: number, size: number, zoom: number, size: number];
  halo: number;
  padding: number;
  color: string;
  /** Widest line in ems. */
  maxWidth: number;
  minZoom: number;
}

const PLACE_LABEL: LabelStyle = {
  sizes: [3, 11, 8, 15],
  halo: 1.6,
  padding: 3,
  color: '#1f1d1a',
  maxWidth: 9,
  minZoom: 0,
};
const REGION_LABEL: LabelStyle = {
  sizes: [4, 10, 8, 14],
  halo: 1.2,
  padding: 6,
  color: BASE_COLORS.regionLabel,
  maxWidth: 8,
  minZoom: 4,
};
const PLACE_ANCHORS: readonly Anchor[] = ['top', 'bottom', 'left', 'right'];
const CENTER: readonly Anchor[] = ['center'];
/** Width of a circle's outline, in pixels. */
const STROKE = 1.2;
/** Opacity of a circle's fill. */
const FILL_OPACITY = 0.92;
/** Pixels around a circle that still count as on it. */
const HIT_TOLERANCE = 2;
const LINE_HEIGHT = 1.2;
const ATLAS_SIZE = 2048;

/** Text size of a label style at a zoom: linear between its two stops, constant outside. */
export function getTextSize(style: LabelStyle, zoom: number): number {
  const [z0, s0, z1, s1] = style.sizes;
  const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
  return s0 + (s1 - s0) * t;
}

// Circles and labels are quads of two triangles, six vertices holding the same attributes (see
// `repeatForQuads`): one plain draw for them all, where an instanced one would cost software
// WebGL as much as a draw call an instance, and one program, as every program's first draw on a
// page compiles a pipeline. An item is a_item and a_uv:
// - a circle: its centre and radius in device pixels, then 1 for a Belarusian place; a_uv (-1, -1);
// - a label: its box (left, top, width, height) in device pixels; a_uv its box's corner in the atlas.
const ITEM_VS = `#version 300 es
precision highp float;
const vec2 CORNERS[6] = vec2[6](
  vec2(-1.0, -1.0), vec2(1.0, -1.0), vec2(-1.0, 1.0),
  vec2(-1.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0)
);
uniform vec2 u_viewport;
uniform float u_pixelRatio;
layout(location = 0) in vec4 a_item;
layout(location = 1) in vec2 a_uv;
out vec2 v_pos;
flat out vec2 v_circle;
void main() {
  vec2 corner = CORNERS[gl_VertexID % 6];
  vec2 p;
  if (a_uv.x < 0.0) {
    float outer = a_item.z + ${STROKE.toFixed(2)} * u_pixelRatio + 1.0;
    v_pos = corner * outer;
    v_circle = a_item.zw;
    p = a_item.xy + v_pos;
  } else {
    corner = (corner + 1.0) * 0.5;
    v_pos = a_uv + corner * a_item.zw;
    v_circle = vec2(0.0, -1.0);
    p = a_item.xy + corner * a_item.zw;
  }
  gl_Position = vec4(p.x / u_viewport.x * 2.0 - 1.0, 1.0 - p.y / u_viewport.y * 2.0, 0.0, 1.0);
}
`;

// A circle's fill and outline are antialiased by the distance from its centre (v_pos); a label is
// copied from the atlas, at v_pos.
const ITEM_FS = `#version 300 es
precision highp float;
uniform float u_pixelRatio;
uniform vec4 u_fill[2];
uniform vec4 u_stroke[2];
uniform sampler2D u_atlas;
in vec2 v_pos;
flat in vec2 v_circle;
out vec4 fragColor;
void main() {
  if (v_circle.y < 0.0) {
    fragColor = texelFetch(u_atlas, ivec2(floor(v_pos)), 0);
    return;
  }
  float d = length(v_pos);
  float stroke = ${STROKE.toFixed(2)} * u_pixelRatio;
  int k = int(v_circle.y);
  float inFill = clamp(v_circle.x - d + 0.5, 0.0, 1.0);
  float inAll = clamp(v_circle.x + stroke - d + 0.5, 0.0, 1.0);
  fragColor = u_fill[k] * inFill + u_stroke[k] * (inAll - inFill);
}
`;

/**
 * Runs `collect`, which takes labels from the atlas, a second time if the atlas was cleared
 * while it ran: the labels it took before the clearing point at space drawn over since.
 */
export function collectLabels<T>(atlas: {readonly generation: number}, collect: () => T): T {
  const generation = atlas.generation;
  const out = collect();
  return atlas.generation === generation ? out : collect();
}

/** A label drawn into the atlas: where, and the size of its box. */
interface AtlasEntry {
  u: number;
  v: number;
  width: number;
  height: number;
}

/**
 * Labels drawn once into a canvas, with their halo, at the size in device pixels they are shown
 * at, packed in shelves; the canvas is cleared when full. `take` returns the box around the
 * entries added since the last call (null for none), for upload: what lies outside it is either
 * on the GPU already or held by no entry.
 */
function createAtlas(font: string) {
  const canvas = document.createElement('canvas');
  canvas.width = ATLAS_SIZE;
  canvas.height = ATLAS_SIZE;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  if (!ctx) throw new Error('place labels: no 2D canvas');
  let entries = new Map<string, AtlasEntry>();
  /** How many times the canvas was cleared. */
  let generation = 0;
  /** Box around the entries drawn since the last `take`: left, top, right, bottom. */
  let fresh: [number, number, number, number] | null = null;
  let shelfX = 0;
  let shelfY = 0;
  let shelfH = 0;
  const measure = (s: string) => ctx.measureText(s).width;
  const reset = () => {
    // Only the shelves drawn on: the rest is clear already (none at all before the first label).
    ctx.clearRect(0, 0, ATLAS_SIZE, shelfY + shelfH);
    entries = new Map();
    fresh = null;
    generation++;
    shelfX = shelfY = shelfH = 0;
  };
  return {
    ctx,
    get generation() {
      return generation;
    },
    get(text: string, style: LabelStyle, px: number, halo: number): AtlasEntry {
      const key = `${style.color}|${px}|${text}`;
      const hit = entries.get(key);
      if (hit) return hit;
      ctx.font = `400 ${px}px "${font}", sans-serif`;
      const lines = wrapLines(text, style.maxWidth * px, measure);
      const widths = lines.map(measure);
      const lineH = Math.round(px * LINE_HEIGHT);
      const pad = Math.ceil(halo) + 1;
      const width = Math.ceil(Math.max(0, ...widths)) + pad * 2;
      const height = lineH * lines.length + pad * 2;
      if (shelfX + width > ATLAS_SIZE) {
        shelfX = 0;
        shelfY += shelfH;
        shelfH = 0;
      }
      if (shelfY + height > ATLAS_SIZE) reset();
      const e = {u: shelfX, v: shelfY, width, height};
      shelfX += width;
      shelfH = Math.max(shelfH, height);
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      ctx.lineJoin = 'round';
      ctx.lineWidth = halo * 2;
      ctx.strokeStyle = BASE_COLORS.halo;
      ctx.fillStyle = style.color;
      lines.forEach((line, i) => {
        const x = e.u + width / 2;
        const y = e.v + pad + lineH * (i + 0.5);
        ctx.strokeText(line, x, y);
        ctx.fillText(line, x, y);
      });
      entries.set(key, e);
      const [l, t, r, b] = fresh ?? [e.u, e.v, 0, 0];
      fresh = [
        Math.min(l, e.u),
        Math.min(t, e.v),
        Math.max(r, e.u + width),
        Math.max(b, e.v + height),
      ];
      return e;
    },
    take(): [number, number, number, number] | null {
      const out = fresh;
      fresh = null;
      return out;
    },
    reset,
  };
}

interface Gpu {
  program: Program;
  vao: WebGLVertexArrayObject;
  items: WebGLBuffer;
  uvs: WebGLBuffer;
  atlas: WebGLTexture;
}

/** A point on the plane the map's matrix takes: Web Mercator, 0…1 across the world. */
function toWorld(lon: number, lat: number): [number, number] {
  return [(lon + 180) / 360, (180 - mercatorY(lat)) / 360];
}

/**
 * Creates the place layer: a MapLibre custom layer that draws in screen space, so new places
 * cost one small buffer upload and no tiling. Labels are placed on the CPU in every frame: places'
 * by links, each at the first of four anchors around its circle that collides with no label
 * already placed, then regions' (from zoom 4) where they cover neither a label nor a circle.
 */
export function createPlaceLayer(options: PlaceLayerOptions): PlaceLayer {
  let map: MapLibreMap | null = null;
  let gpu: Gpu | null = null;
  let lang = options.lang;
  let textScale = 1;
  let atlas: ReturnType<typeof createAtlas> | null = null;
  let places: {id: string; world: [number, number]; p: PlaceProperties}[] = [];
  let regionLabels: {world: [number, number]; p: RegionLabelProperties}[] = [];
  /** Circles as last drawn, in device pixels, for the hit test. */
  let drawn = new Float32Array(0);
  /** Labels as last drawn, in device pixels. */
  let shownLabels: {text: string; x: number; y: number; width: number; height: number}[] = [];
  let fontReady = false;

  function setup(gl: WebGL2RenderingContext): Gpu {
    const program = createProgram(gl, ITEM_VS, ITEM_FS, 'place layer');
    const items = createBuffer(gl, null);
    const uvs = createBuffer(gl, null);
    // Attributes at the locations the shaders give them, so nothing waits for the link here.
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    for (const [loc, b, size] of [
      [0, items, 4],
      [1, uvs, 2],
    ] as const) {
      gl.bindBuffer(gl.ARRAY_BUFFER, b);
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, gl.FLOAT, false, 0, 0);
    }
    gl.bindVertexArray(null);
    const tex = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, tex);
    gl.texImage2D(
      gl.TEXTURE_2D,
      0,
      gl.RGBA,
      ATLAS_SIZE,
      ATLAS_SIZE,
      0,
      gl.RGBA,
      gl.UNSIGNED_BYTE,
      null,
    );
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    return {program, vao, items, uvs, atlas: tex};
  }

  /** Uploads what the atlas drew since the last frame: one box around it. */
  function uploadAtlas(gl: WebGL2RenderingContext, g: Gpu): void {
    const box = atlas?.take();
    if (!atlas || !box) return;
    const [left, top, right, bottom] = box;
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, g.atlas);
    const premultiply = gl.getParameter(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL) as boolean;
    const flip = gl.getParameter(gl.UNPACK_FLIP_Y_WEBGL) as boolean;
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.texSubImage2D(
      gl.TEXTURE_2D,
      0,
      left,
      top,
      gl.RGBA,
      gl.UNSIGNED_BYTE,
      atlas.ctx.getImageData(left, top, right - left, bottom - top),
    );
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, premultiply);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, flip);
  }

  const layer: PlaceLayer = {
    id: options.id,
    type: 'custom',
    renderingMode: '2d',
    onAdd(m, gl) {
      map = m;
      gpu = setup(gl as WebGL2RenderingContext);
      atlas = createAtlas(options.font);
      // Labels wait for the web font, or they would be drawn into the atlas in a fallback one.
      void document.fonts.load(`16px "${options.font}"`, 'AaЯя').then(() => {
        fontReady = true;
        atlas?.reset();
        map?.triggerRepaint();
      });
    },
    onRemove(_m, gl) {
      const g = gl as WebGL2RenderingContext;
      if (gpu) {
        for (const b of [gpu.items, gpu.uvs]) g.deleteBuffer(b);
        g.deleteVertexArray(gpu.vao);
        g.deleteProgram(gpu.program.program);
        g.deleteTexture(gpu.atlas);
      }
      gpu = null;
      map = null;
    },
    render(glContext, input) {
      if (!gpu || !map) return;
      const gl = glContext as WebGL2RenderingContext;
      const g = gpu;
      const pr = map.getPixelRatio();
      const {drawingBufferWidth: w, drawingBufferHeight: h} = gl;
      const project = createProjector(input, w, h);
      const zoom = map.getZoom();

      // Circles, largest last: centre and radius in device pixels, 1 for Belarus.
      const circles = new Float32Array(places.length * 4);
      places.forEach(({world, p}, i) => {
        const [x, y] = project(world);
        circles.set([x, y, p.radius * pr, p.belarus ? 1 : 0], i * 4);
      });
      drawn = circles;

      /** Places the labels in view and draws what they need into the atlas: their boxes and uvs. */
      function layOutLabels(a: NonNullable<typeof atlas>): {
        boxes: Float32Array;
        uvs: Float32Array;
      } {
        const collect = () => {
          const candidates: LabelCandidate[] = [];
          const entries: AtlasEntry[] = [];
          const texts: string[] = [];
          const add = (
            world: [number, number],
            text: string,
            style: LabelStyle,
            anchors: readonly Anchor[],
            offsetEms: number,
          ) => {
            const size = getTextSize(style, zoom) * textScale;
            const px = Math.round(size * pr);
            const [x, y] = project(world);
            if (x < 0 || y < 0 || x > w || y > h) return;
            const e = a.get(text, style, px, style.halo * pr);
            entries.push(e);
            texts.push(text);
            candidates.push({
              x,
              y,
              width: e.width,
              height: e.height,
              offset: offsetEms * px,
              anchors,
              padding: style.padding * pr,
            });
          };
          const name = lang === 'ru' ? 'name_ru' : 'name_en';
          for (let i = places.length - 1; i >= 0; i--) {
            const {world, p} = places[i] as (typeof places)[number];
            add(world, p[name], PLACE_LABEL, PLACE_ANCHORS, 0.4 + p.radius / 12);
          }
          if (zoom >= REGION_LABEL.minZoom) {
            // Regions' names give way to places' names and keep off their circles.
            places.forEach((_, i) => {
              const r = (circles[i * 4 + 2] ?? 0) + STROKE * pr;
              const [x = 0, y = 0] = circles.subarray(i * 4, i * 4 + 2);
              if (x < 0 || y < 0 || x > w || y > h) return;
              candidates.push({
                x,
                y,
                width: 2 * r,
                height: 2 * r,
                offset: 0,
                anchors: CENTER,
                padding: 0,
                obstacle: true,
              });
              entries.push({u: 0, v: 0, width: 0, height: 0});
              texts.push('');
            });
            for (const r of regionLabels) add(r.world, r.p[name], REGION_LABEL, CENTER, 0);
          }
          return {candidates, entries, texts};
        };
        const {candidates, entries, texts} = collectLabels(a, collect);
        uploadAtlas(gl, g);
        const placed = placeLabels(candidates, {width: w, height: h});
        const boxes = new Float32Array(placed.length * 4);
        const uvs = new Float32Array(placed.length * 2);
        shownLabels = placed.map((l) => {
          const e = entries[l.index] as AtlasEntry;
          return {text: texts[l.index] ?? '', x: l.x, y: l.y, width: e.width, height: e.height};
        });
        placed.forEach((l, i) => {
          const e = entries[l.index] as AtlasEntry;
          boxes.set([l.x, l.y, e.width, e.height], i * 4);
          uvs.set([e.u, e.v], i * 2);
        });
        return {boxes, uvs};
      }

      // Labels: places' by links first, then regions' where room is left.
      const none = new Float32Array(0);
      const labels = atlas && fontReady ? layOutLabels(atlas) : {boxes: none, uvs: none};
      const n = places.length + labels.boxes.length / 4;
      if (!n) return;
      const items = new Float32Array(n * 4);
      items.set(circles);
      items.set(labels.boxes, circles.length);
      const uvs = new Float32Array(n * 2).fill(-1, 0, places.length * 2);
      uvs.set(labels.uvs, places.length * 2);

      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.disable(gl.CULL_FACE);
      gl.enable(gl.BLEND);
      // Premultiplied colours: transparent fragments are written, not discarded (see the arc layer).
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      const {program, u} = g.program;
      gl.useProgram(program);
      gl.uniform2f(u('u_viewport'), w, h);
      gl.uniform1f(u('u_pixelRatio'), pr);
      gl.uniform4fv(u('u_fill'), [
        ...premultiplied('#ffffff', FILL_OPACITY),
        ...premultiplied(BASE_COLORS.belarus, FILL_OPACITY),
      ]);
      gl.uniform4fv(u('u_stroke'), [
        ...premultiplied('#3b3b3b', 1),
        ...premultiplied('#ffffff', 1),
      ]);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, g.atlas);
      gl.uniform1i(u('u_atlas'), 0);
      gl.bindBuffer(gl.ARRAY_BUFFER, g.items);
      gl.bufferData(gl.ARRAY_BUFFER, repeatForQuads(items, 4), gl.DYNAMIC_DRAW);
      gl.bindBuffer(gl.ARRAY_BUFFER, g.uvs);
      gl.bufferData(gl.ARRAY_BUFFER, repeatForQuads(uvs, 2), gl.DYNAMIC_DRAW);
      gl.bindVertexArray(g.vao);
      gl.drawArrays(gl.TRIANGLES, 0, n * 6);
      gl.bindVertexArray(null);
    },
    setPlaces(fc) {
      places = fc.features.map((f) => {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        return {id: f.properties.id, world: toWorld(lon, lat), p: f.properties};
      });
      map?.triggerRepaint();
    },
    setRegionLabels(fc) {
      regionLabels = fc.features
        .map((f) => {
          const [lon = 0, lat = 0] = f.geometry.coordinates;
          return {world: toWorld(lon, lat), p: f.properties};
        })
        .sort((x, y) => y.p.rank - x.p.rank);
      map?.triggerRepaint();
    },
    setTextScale(scale) {
      if (scale === textScale) return;
      textScale = scale;
      map?.triggerRepaint();
    },
    setLang(next) {
      lang = next;
      map?.triggerRepaint();
    },
    placesOnScreen() {
      const pr = map?.getPixelRatio() ?? 1;
      return places.map(({id, p}, i) => ({
        id,
        links: p.links,
        x: (drawn[i * 4] ?? NaN) / pr,
        y: (drawn[i * 4 + 1] ?? NaN) / pr,
      }));
    },
    labelsOnScreen() {
      const pr = map?.getPixelRatio() ?? 1;
      return shownLabels.map((l) => ({
        text: l.text,
        x: l.x / pr,
        y: l.y / pr,
        width: l.width / pr,
        height: l.height / pr,
      }));
    },
    placeAt(point) {
      const pr = map?.getPixelRatio() ?? 1;
      const x = point.x * pr;
      const y = point.y * pr;
      for (let i = places.length - 1; i >= 0; i--) {
        const cx = drawn[i * 4] ?? NaN;
        const cy = drawn[i * 4 + 1] ?? NaN;
        const r = (drawn[i * 4 + 2] ?? 0) + (STROKE + HIT_TOLERANCE) * pr;
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return places[i]?.id ?? null;
      }
      return null;
    },
  };
  return layer;
}

/** Device pixels on screen of a point of the Web Mercator plane, by the frame's matrix. */
function createProjector(input: CustomRenderMethodInput, w: number, h: number) {
  const m = input.defaultProjectionData.mainMatrix;
  return ([x, y]: [number, number]): [number, number] => {
    const cx = (m[0] ?? 0) * x + (m[4] ?? 0) * y + (m[12] ?? 0);
    const cy = (m[1] ?? 0) * x + (m[5] ?? 0) * y + (m[13] ?? 0);
    const cw = (m[3] ?? 0) * x + (m[7] ?? 0) * y + (m[15] ?? 1);
    return [((cx / cw + 1) / 2) * w, ((1 - cy / cw) / 2) * h];
  };
}
