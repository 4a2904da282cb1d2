import type {CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap} from 'maplibre-gl';
import {LINK_TYPES} from '../../data/model';
import {ARC_DEFAULTS, getArcCoordinates, mercatorY} from '../../geo/arcs';
import type {ArcInstances} from '../../geo/features';
import {BASE_COLORS, TYPE_COLORS} from '../palette';
import {createProgram, premultiplied, type Program} from './gl';

/** Options of the arc layer. */
export interface ArcLayerOptions {
  id: string;
  /** Opacity of the coloured strokes. */
  opacity?: number;
  /**
   * Segments of every curve when more than `denseArcs` arcs are drawn, or the arcs are those of a
   * dense view (a divisor of 32); such a view has no casings either.
   */
  denseSegments?: number;
  denseArcs?: number;
  /** Segments of every curve below zoom `coarseZoom` (a divisor of 32). */
  coarseSegments?: number;
  coarseZoom?: number;
}

/** Arc layer options when none are given. */
export const ARC_LAYER_DEFAULTS = {
  opacity: 0.85,
  denseSegments: 8,
  denseArcs: 1000,
  coarseSegments: 16,
  coarseZoom: 5,
};

/** Points of every curve as computed: 32 segments. */
export const CURVE_POINTS = 33;
/** Curves in a row of the texture that holds them. */
export const CURVES_PER_ROW = 64;
/** Curves kept for arcs drawn again (see `getArcCurves`). */
const MAX_CACHED_CURVES = 50_000;
/** Where along an arc its arrowhead's tip lies. */
const ARROW_AT = 0.875;
/** Width a casing adds to a stroke, in pixels. */
const CASING = 1.5;
const TRANSPARENT = [0, 0, 0, 0];

/** The arc layer: a MapLibre custom layer whose arcs are replaced with `setArcs`. */
export interface ArcLayer extends CustomLayerInterface {
  setArcs(arcs: ArcInstances): void;
  /** Index of the arc drawn with a dark outline, or -1 for none. */
  setSelected(index: number): void;
}

/**
 * Stroke width factor at a zoom: thinner when zoomed out, wider when zoomed in (¾ at zoom 2,
 * 1 at zoom 6, 1.5 at zoom 9), so a width in pixels reads the same across the map's scales.
 */
export function getWidthFactor(zoom: number): number {
  if (zoom <= 2) return 0.75;
  if (zoom <= 6) return 0.75 + ((zoom - 2) / 4) * 0.25;
  if (zoom <= 9) return 1 + ((zoom - 6) / 3) * 0.5;
  return 1.5;
}

// The curves are computed once an arc on the CPU (`getArcCurves`) and read from a float texture:
// point i of arc k at column (k % CURVES_PER_ROW) * CURVE_POINTS + i, row k / CURVES_PER_ROW,
// holding the point on the plane of longitude and Mercator y (degrees) and the unit tangent there.
// What else the shaders know of arc k is texel (k % CURVES_PER_ROW, k / CURVES_PER_ROW) of a
// second texture (`getArcAttributes`): its width in pixels at zoom 6, type, flags and chord
// length. Every pass is one plain draw whose vertex numbers say the arc and the point: drawn
// instanced, software WebGL pays for every instance as for a draw call. `toClip` takes a point of
// the lon / Mercator-y plane to clip space. (Comments stay out of the shaders' text, which ships.)
const CURVE = `
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform highp sampler2D u_curves;
uniform highp sampler2D u_attributes;
const int CURVE_POINTS = ${CURVE_POINTS};
const int CURVES_PER_ROW = ${CURVES_PER_ROW};

vec4 curvePoint(int k, int i) {
  return texelFetch(u_curves, ivec2((k % CURVES_PER_ROW) * CURVE_POINTS + i, k / CURVES_PER_ROW), 0);
}
vec4 arcAttributes(int k) {
  return texelFetch(u_attributes, ivec2(k % CURVES_PER_ROW, k / CURVES_PER_ROW), 0);
}
vec4 toClip(vec2 p) {
  return u_matrix * vec4((p.x + 180.0) / 360.0, (180.0 - p.y) / 360.0, 0.0, 1.0);
}
vec2 toScreen(vec4 clip) {
  return clip.xy / clip.w * u_viewport * 0.5;
}
`;

// Strokes. An arc's vertices (`u_stride`) are a triangle strip, left and right a step, with its
// first and last vertex doubled so that the degenerate triangles between arcs join all strips into
// one. A step is at most `u_step` curve points; `u_degreePx` is pixels a degree of chord. A curve
// of s segments strays from the true one by about bend × chord / s² pixels, so an arc short on
// screen halves its segments while that stays within half a pixel, down to four; the vertices
// left over all sit on its last point, where their triangles have no area. Half a pixel past a
// stroke's edge holds its antialiased fringe; beyond it nothing is drawn. What is the same along an
// arc goes to the fragments flat (its colour; its half width, negative for a dashed stroke, and
// the half width of its casing): software WebGL then sets up two interpolated values a triangle
// instead of eight. An arc's light casing is drawn with its stroke, as the rim of one wider strip,
// not in a pass of its own under every stroke: each arc's casing then lies over the arcs beneath
// it, parting them, and no triangle is set up twice.
//
// Arrowheads (passes 2, halo, and 3) are drawn by the same program, so that the page compiles one
// pipeline for the arcs instead of two: five vertices an arc, a triangle near its end pointing
// along it, with its first and last corner doubled to join the strips as above, corners as (along,
// across) in half sizes, tip ahead and base behind. An arc without a direction puts all five
// outside the view. The fragments see an arrowhead as the inside of a stroke: fully covered.
const STROKE_VS = `#version 300 es
precision highp float;
${CURVE}
const float BEND = ${ARC_DEFAULTS.bend.toFixed(3)};
const int ARROW_POINT = ${Math.round(ARROW_AT * (CURVE_POINTS - 1))};
const vec2 CORNERS[3] = vec2[3](vec2(1.0, 0.0), vec2(-1.0, -0.92), vec2(-1.0, 0.92));
uniform float u_widthFactor;
uniform float u_extra;
uniform float u_pixelRatio;
uniform int u_pass;
uniform vec4 u_colors[${LINK_TYPES.length}];
uniform vec4 u_casing;
uniform vec4 u_outline;
uniform int u_stride;
uniform int u_step;
uniform float u_degreePx;
flat out vec4 v_color;
out vec2 v_stroke;
flat out vec2 v_half;

void arrowhead() {
  int k = gl_VertexID / 5;
  vec2 corner = CORNERS[clamp(gl_VertexID - k * 5 - 1, 0, 2)];
  vec4 arc = arcAttributes(k);
  v_stroke = vec2(0.0);
  v_half = vec2(1.0e4);
  v_color = u_pass == 2 ? u_casing : u_colors[int(arc.y)];
  if (mod(floor(arc.z / 2.0), 2.0) < 1.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec4 p = curvePoint(k, ARROW_POINT);
  vec4 clip = toClip(p.xy);
  vec2 tip = toScreen(clip);
  vec2 dir = normalize(toScreen(toClip(p.xy + p.zw)) - tip);
  vec2 normal = vec2(-dir.y, dir.x);
  float size = (7.0 + 1.5 * arc.x + u_extra) * u_pixelRatio;
  vec2 screen = tip + dir * (corner.x * size * 0.5) + normal * (corner.y * size * 0.5);
  gl_Position = vec4(screen / (u_viewport * 0.5) * clip.w, clip.z, clip.w);
}

void main() {
  if (u_pass >= 2) {
    arrowhead();
    return;
  }
  int k = gl_VertexID / u_stride;
  int j = clamp(gl_VertexID - k * u_stride - 1, 0, u_stride - 3);
  vec4 arc = arcAttributes(k);
  float chordPx = arc.w * u_degreePx;
  int step = u_step;
  for (int s = (CURVE_POINTS - 1) / u_step; s > 4 && chordPx * BEND * 8.0 <= float(s * s); s /= 2)
    step *= 2;
  int i = min((j / 2) * step, CURVE_POINTS - 1);
  float t = float(i) / float(CURVE_POINTS - 1);
  vec4 p = curvePoint(k, i);
  vec4 clip = toClip(p.xy);
  vec2 here = toScreen(clip);
  vec2 dir = normalize(toScreen(toClip(p.xy + p.zw)) - here);
  vec2 normal = vec2(-dir.y, dir.x);
  float stroke = u_widthFactor * arc.x * u_pixelRatio;
  float half_ = (stroke + u_extra * u_pixelRatio) * 0.5;
  float offset = (j % 2 == 0 ? -1.0 : 1.0) * (half_ + 0.5 * u_pixelRatio);
  vec2 screen = here + normal * offset;
  gl_Position = vec4(screen / (u_viewport * 0.5) * clip.w, clip.z, clip.w);
  v_stroke = vec2(offset, t * chordPx * 1.08 / max(stroke, 1.0));
  float core = u_pass == 0 ? half_ : stroke * 0.5;
  v_half = vec2(u_pass == 1 && mod(arc.z, 2.0) >= 1.0 ? -core : core, half_);
  v_color = u_pass == 0 ? u_outline : u_colors[int(arc.y)];
}
`;

// Dashes of 3 widths with gaps of 1.5 widths, as MapLibre's line-dasharray [3, 1.5].
const STROKE_FS = `#version 300 es
precision highp float;
uniform float u_pixelRatio;
uniform vec4 u_casing;
flat in vec4 v_color;
in vec2 v_stroke;
flat in vec2 v_half;
out vec4 fragColor;

void main() {
  float d = abs(v_stroke.x);
  float alpha = clamp((abs(v_half.x) - d) / u_pixelRatio + 0.5, 0.0, 1.0);
  if (v_half.x < 0.0) alpha *= clamp((3.0 - mod(v_stroke.y, 4.5)) * 4.0, 0.0, 1.0);
  float casing = clamp((v_half.y - d) / u_pixelRatio + 0.5, 0.0, 1.0);
  fragColor = v_color * alpha + u_casing * (casing * (1.0 - v_color.a * alpha));
}
`;

// The arcs drawn last, copied onto the map pixel for pixel (a triangle covering the screen).
const BLIT_VS = `#version 300 es
void main() {
  vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
`;

const BLIT_FS = `#version 300 es
precision mediump float;
uniform sampler2D u_texture;
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_texture, ivec2(gl_FragCoord.xy), 0);
}
`;

/**
 * The points of every arc's curve, `CURVE_POINTS` an arc, four numbers a point: the point on the
 * plane of longitude and Mercator y (degrees), then the unit tangent of the curve there. The
 * curve is that of `getArcCoordinates`, which the pointer's hit test follows too. The array is
 * laid out as the texture the shaders read: arc k's points from texel k × `CURVE_POINTS`, in rows
 * of `CURVES_PER_ROW` arcs.
 * @param cache - curves computed before, by their ends: a filter change mostly redraws arcs seen.
 */
export function getArcCurves(
  ends: Float32Array,
  cache?: Map<string, Float32Array>,
): Float32Array<ArrayBuffer> {
  const n = ends.length / 4;
  const rows = Math.max(1, Math.ceil(n / CURVES_PER_ROW));
  const out = new Float32Array(rows * CURVES_PER_ROW * CURVE_POINTS * 4);
  const segments = CURVE_POINTS - 1;
  const xy = new Float64Array(CURVE_POINTS * 2);
  for (let k = 0; k < n; k++) {
    const lon0 = ends[k * 4] ?? 0;
    const lat0 = ends[k * 4 + 1] ?? 0;
    const lon1 = ends[k * 4 + 2] ?? 0;
    const lat1 = ends[k * 4 + 3] ?? 0;
    const key = cache && `${lon0},${lat0},${lon1},${lat1}`;
    const known = key && cache.get(key);
    if (known) {
      out.set(known, k * CURVE_POINTS * 4);
      continue;
    }
    // The curve the hit test follows, on the plane of longitude and Mercator y.
    const coords = getArcCoordinates([lon0, lat0], [lon1, lat1], {segments});
    for (let i = 0; i <= segments; i++) {
      const [lon = lon0, lat = lat0] = coords[i] ?? [];
      xy[i * 2] = lon;
      xy[i * 2 + 1] = mercatorY(lat);
    }
    for (let i = 0; i <= segments; i++) {
      const j0 = Math.max(0, i - 1);
      const j1 = Math.min(segments, i + 1);
      const tx = (xy[j1 * 2] ?? 0) - (xy[j0 * 2] ?? 0);
      const ty = (xy[j1 * 2 + 1] ?? 0) - (xy[j0 * 2 + 1] ?? 0);
      const len = Math.hypot(tx, ty) || 1;
      const o = (k * CURVE_POINTS + i) * 4;
      out[o] = xy[i * 2] ?? 0;
      out[o + 1] = xy[i * 2 + 1] ?? 0;
      out[o + 2] = tx / len;
      out[o + 3] = ty / len;
    }
    if (key) cache.set(key, out.slice(k * CURVE_POINTS * 4, (k + 1) * CURVE_POINTS * 4));
  }
  return out;
}

/**
 * Four numbers an arc, laid out as the texture the shaders read (arc k at texel k, in rows of
 * `CURVES_PER_ROW`): its width, type and flags, and the length of its chord on the plane of
 * `getArcCurves` (`curves`), from the first point to the last.
 */
export function getArcAttributes(
  arcs: Pick<ArcInstances, 'length' | 'widths' | 'types' | 'flags'>,
  curves: Float32Array,
): Float32Array<ArrayBuffer> {
  const n = arcs.length;
  const out = new Float32Array(Math.max(1, Math.ceil(n / CURVES_PER_ROW)) * CURVES_PER_ROW * 4);
  for (let k = 0; k < n; k++) {
    const a = k * CURVE_POINTS * 4;
    const b = a + (CURVE_POINTS - 1) * 4;
    out[k * 4] = arcs.widths[k] ?? 0;
    out[k * 4 + 1] = arcs.types[k] ?? 0;
    out[k * 4 + 2] = arcs.flags[k] ?? 0;
    out[k * 4 + 3] = Math.hypot(
      (curves[b] ?? 0) - (curves[a] ?? 0),
      (curves[b + 1] ?? 0) - (curves[a + 1] ?? 0),
    );
  }
  return out;
}

interface Gpu {
  gl: WebGL2RenderingContext;
  stroke: Program;
  blit: Program;
  /** A vertex array without attributes: the shaders work from the vertex number. */
  vao: WebGLVertexArrayObject;
  /** The points of every curve (`getArcCurves`) and every arc's attributes (`getArcAttributes`). */
  curves: WebGLTexture;
  attributes: WebGLTexture;
  uploaded: ArcInstances | null;
  /**
   * The arcs as drawn into a texture, and what they were drawn for (`key`); what the last frame
   * drew them for (`last`).
   */
  cache: {
    framebuffer: WebGLFramebuffer;
    texture: WebGLTexture;
    size: string;
    key: string;
    last: string;
  };
}

/**
 * Creates the layer that draws every arc in one instanced call per pass: the curve of each is
 * read from a texture of points computed once an arc, so new arcs cost one small upload and no tiling.
 * Passes: dark outline of the selected arc, coloured strokes with light casings (dashed for
 * twinning and agreements), then arrowheads with a light halo.
 */
export function createArcLayer(options: ArcLayerOptions): ArcLayer {
  const {id, opacity, denseSegments, denseArcs, coarseSegments, coarseZoom} = {
    ...ARC_LAYER_DEFAULTS,
    ...options,
  };
  const segments = CURVE_POINTS - 1;
  const curveCache = new Map<string, Float32Array>();
  let map: MapLibreMap | null = null;
  let gpu: Gpu | null = null;
  let arcs: ArcInstances | null = null;
  /** The curves of `arcs` (see `getArcCurves`). */
  let curves = new Float32Array(0);
  let selected = -1;
  let version = 0;
  const colors = new Float32Array(
    LINK_TYPES.flatMap((t) => premultiplied(TYPE_COLORS[t], opacity)),
  );
  const arrowColors = new Float32Array(LINK_TYPES.flatMap((t) => premultiplied(TYPE_COLORS[t], 1)));
  const casing = premultiplied('#ffffff', 0.7);

  function setup(gl: WebGL2RenderingContext): Gpu {
    const program = (vs: string, fs: string) => createProgram(gl, vs, fs, 'arc layer');
    return {
      gl,
      stroke: program(STROKE_VS, STROKE_FS),
      blit: program(BLIT_VS, BLIT_FS),
      vao: gl.createVertexArray(),
      curves: gl.createTexture(),
      attributes: gl.createTexture(),
      uploaded: null,
      cache: {
        framebuffer: gl.createFramebuffer(),
        texture: gl.createTexture(),
        size: '',
        key: '',
        last: '',
      },
    };
  }

  /** Fills a texture of numbers (RGBA, 32-bit floats), `width` texels a row. */
  function setNumbers(
    gl: WebGL2RenderingContext,
    texture: WebGLTexture,
    width: number,
    data: Float32Array<ArrayBuffer>,
  ): void {
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texImage2D(
      gl.TEXTURE_2D,
      0,
      gl.RGBA32F,
      width,
      data.length / 4 / width,
      0,
      gl.RGBA,
      gl.FLOAT,
      data,
    );
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  }

  function upload(g: Gpu, a: ArcInstances): void {
    const {gl} = g;
    // Numbers, not colours: no flip or premultiplication on the way (MapLibre's settings are put back).
    const flip = gl.getParameter(gl.UNPACK_FLIP_Y_WEBGL) as boolean;
    const premultiply = gl.getParameter(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL) as boolean;
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    setNumbers(gl, g.curves, CURVES_PER_ROW * CURVE_POINTS, curves);
    setNumbers(gl, g.attributes, CURVES_PER_ROW, getArcAttributes(a, curves));
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, flip);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, premultiply);
    g.uploaded = a;
  }

  function setCommon(g: Gpu, {program, u}: Program, input: CustomRenderMethodInput): void {
    const {gl} = g;
    gl.useProgram(program);
    // The main matrix takes Web Mercator units (0…1 across the world) to clip space.
    gl.uniformMatrix4fv(
      u('u_matrix'),
      false,
      new Float32Array(input.defaultProjectionData.mainMatrix),
    );
    gl.uniform2f(u('u_viewport'), gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, g.curves);
    gl.uniform1i(u('u_curves'), 0);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, g.attributes);
    gl.uniform1i(u('u_attributes'), 1);
    gl.activeTexture(gl.TEXTURE0);
    gl.uniform1f(u('u_pixelRatio'), map?.getPixelRatio() ?? 1);
  }

  const layer: ArcLayer = {
    id,
    type: 'custom',
    renderingMode: '2d',
    onAdd(m, gl) {
      map = m;
      gpu = setup(gl as WebGL2RenderingContext);
    },
    onRemove(_m, gl) {
      if (gpu) {
        const g = gl as WebGL2RenderingContext;
        g.deleteTexture(gpu.curves);
        g.deleteTexture(gpu.attributes);
        g.deleteVertexArray(gpu.vao);
        for (const p of [gpu.stroke, gpu.blit]) g.deleteProgram(p.program);
        g.deleteFramebuffer(gpu.cache.framebuffer);
        g.deleteTexture(gpu.cache.texture);
      }
      gpu = null;
      map = null;
    },
    render(gl, input) {
      if (!gpu || !arcs || !arcs.length || !map) return;
      const g = gpu;
      const cache = g.cache;
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.disable(gl.CULL_FACE);
      gl.enable(gl.BLEND);
      // Premultiplied colours: a transparent fragment leaves the pixel as it was, so the shaders
      // write it rather than discard it, which software WebGL shades faster.
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      // A frame whose camera, arcs and selection are those of the last one (the map redrawn for
      // its regions or labels) copies the arcs drawn then instead of drawing them again. A frame
      // that changes them (a filter, a move of the camera) draws them straight onto the map, and
      // the copy is made by the next frame only if it is the same.
      const {drawingBufferWidth: w, drawingBufferHeight: h} = gl;
      const key = [
        version,
        selected,
        w,
        h,
        map.getPixelRatio(),
        ...input.defaultProjectionData.mainMatrix,
      ].join();
      if (key !== cache.key && key !== cache.last) {
        draw(gl, g, input, arcs, map.getZoom());
        cache.last = key;
        return;
      }
      if (key !== cache.key) {
        const size = `${w}x${h}`;
        gl.bindTexture(gl.TEXTURE_2D, cache.texture);
        if (cache.size !== size) {
          gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, w, h, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
          gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
          gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
          cache.size = size;
        }
        const target = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
        const viewport = gl.getParameter(gl.VIEWPORT) as Int32Array;
        gl.bindFramebuffer(gl.FRAMEBUFFER, cache.framebuffer);
        gl.framebufferTexture2D(
          gl.FRAMEBUFFER,
          gl.COLOR_ATTACHMENT0,
          gl.TEXTURE_2D,
          cache.texture,
          0,
        );
        gl.viewport(0, 0, w, h);
        gl.disable(gl.SCISSOR_TEST);
        gl.colorMask(true, true, true, true);
        gl.clearColor(0, 0, 0, 0);
        gl.clear(gl.COLOR_BUFFER_BIT);
        draw(gl, g, input, arcs, map.getZoom());
        gl.bindFramebuffer(gl.FRAMEBUFFER, target);
        gl.viewport(viewport[0] ?? 0, viewport[1] ?? 0, viewport[2] ?? w, viewport[3] ?? h);
        cache.key = key;
      }
      gl.useProgram(g.blit.program);
      gl.bindVertexArray(g.vao);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, cache.texture);
      gl.uniform1i(g.blit.u('u_texture'), 0);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      gl.bindVertexArray(null);
    },
    setArcs(next) {
      arcs = next;
      // Computed now, not in the next frame: at load that frame waits for the GPU meanwhile.
      // The curves of a dataset's pairs are kept: a few thousand arcs of 528 bytes each.
      if (curveCache.size > MAX_CACHED_CURVES) curveCache.clear();
      curves = getArcCurves(next.ends, curveCache);
      version++;
      map?.triggerRepaint();
    },
    setSelected(index) {
      if (index === selected) return;
      selected = index;
      map?.triggerRepaint();
    },
  };

  /** Draws every pass of the arcs into the bound framebuffer. */
  function draw(
    gl: WebGL2RenderingContext,
    g: Gpu,
    input: CustomRenderMethodInput,
    arcs: ArcInstances,
    zoom: number,
  ): void {
    if (g.uploaded !== arcs) upload(g, arcs);
    const n = arcs.length;
    setCommon(g, g.stroke, input);
    const {u} = g.stroke;
    gl.uniform1f(u('u_widthFactor'), getWidthFactor(zoom));
    // The map is 512 CSS pixels wide at zoom 0, for 360 degrees.
    gl.uniform1f(u('u_degreePx'), (512 * 2 ** zoom * (map?.getPixelRatio() ?? 1)) / 360);
    gl.uniform4fv(u('u_colors'), colors);
    gl.uniform4fv(u('u_outline'), premultiplied(BASE_COLORS.selected, 1));
    gl.bindVertexArray(g.vao);
    // Dense views are drawn with fewer segments an arc, and without casings: among so many arcs,
    // a curve of 8 straight steps is not told from a smooth one. Views zoomed out are drawn with
    // half the segments, the arcs being short enough on screen to look as smooth with them.
    const dense = n > denseArcs || arcs.dense;
    const steps = dense ? denseSegments : zoom < coarseZoom ? coarseSegments : segments;
    const stride = (steps + 1) * 2 + 2;
    gl.uniform1i(u('u_stride'), stride);
    gl.uniform1i(u('u_step'), segments / steps);
    if (selected >= 0 && selected < n) {
      gl.uniform1i(u('u_pass'), 0);
      gl.uniform1f(u('u_extra'), 5);
      gl.uniform4fv(u('u_casing'), TRANSPARENT);
      gl.drawArrays(gl.TRIANGLE_STRIP, selected * stride, stride);
    }
    // In a dense view the casings would only veil the arcs.
    gl.uniform1i(u('u_pass'), 1);
    gl.uniform1f(u('u_extra'), dense ? 0 : CASING);
    gl.uniform4fv(u('u_casing'), dense ? TRANSPARENT : casing);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, n * stride);

    // Arrowheads, opaque, over every stroke: halos first.
    gl.uniform4fv(u('u_colors'), arrowColors);
    gl.uniform4fv(u('u_casing'), premultiplied('#ffffff', 1));
    for (const [pass, grow] of [
      [2, 3],
      [3, 0],
    ] as const) {
      gl.uniform1i(u('u_pass'), pass);
      gl.uniform1f(u('u_extra'), grow);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, n * 5);
    }
    gl.bindVertexArray(null);
  }
  return layer;
}
