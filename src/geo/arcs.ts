/** A WGS84 position as [longitude, latitude]. */
export type LonLat = [number, number];

/** Options of an arc's shape. */
export interface ArcOptions {
  /** Sideways bend at the middle, as a share of the chord length. */
  bend: number;
  /** Number of segments the arc is drawn with; by default one per degree of length, 12 to 48. */
  segments: number;
}

/** Default arc shape: a gentle bend to the right of travel, smooth enough at any zoom. */
export const ARC_DEFAULTS: Omit<ArcOptions, 'segments'> = {bend: 0.18};

/** Segments for an arc from `a` to `b`: short arcs need few, long ones up to 48. */
export function getArcSegments(a: LonLat, b: LonLat): number {
  const degrees = getCentralAngle(a, b) / RAD;
  return Math.min(48, Math.max(12, Math.ceil(degrees)));
}

const RAD = Math.PI / 180;
const MAX_LAT = 85;

/** The angle between two positions at the centre of the Earth, in radians (haversine formula). */
export function getCentralAngle(a: LonLat, b: LonLat): number {
  const h =
    Math.sin(((b[1] - a[1]) * RAD) / 2) ** 2 +
    Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(((b[0] - a[0]) * RAD) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A position as a unit vector from the centre of the Earth. */
function toVector([lon, lat]: LonLat): [number, number, number] {
  const c = Math.cos(lat * RAD);
  return [c * Math.cos(lon * RAD), c * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

/**
 * The great circle from `a` to `b`: the position at a share of the way, interpolated on the sphere
 * between the two ends' unit vectors.
 */
export function getGreatCircle(a: LonLat, b: LonLat): (t: number) => LonLat {
  const angle = getCentralAngle(a, b);
  const sin = Math.sin(angle);
  if (sin < 1e-12) return () => [a[0], a[1]];
  const va = toVector(a);
  const vb = toVector(b);
  return (t) => {
    const wa = Math.sin((1 - t) * angle) / sin;
    const wb = Math.sin(t * angle) / sin;
    const [x, y, z] = va.map((v, i) => wa * v + wb * (vb[i] ?? 0)) as [number, number, number];
    return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
  };
}

/** Mercator y of a latitude (clamped to ±85°), in degrees like the longitude. */
export function mercatorY(lat: number): number {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / RAD;
}

function inverseMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/**
 * Turns a pair of places into a curved arc: the great circle from `a` to `b`, bent to the right of
 * the direction of travel so that a→b and b→a do not overlap. Longitudes are unwrapped, so an arc
 * that crosses the antimeridian continues past ±180° instead of jumping across the map.
 * Returns an empty list when both ends coincide.
 */
export function getArcCoordinates(
  a: LonLat,
  b: LonLat,
  options: Partial<ArcOptions> = {},
): LonLat[] {
  if (a[0] === b[0] && a[1] === b[1]) return [];
  const bend = options.bend ?? ARC_DEFAULTS.bend;
  const segments = options.segments ?? getArcSegments(a, b);
  const interpolate = getGreatCircle(a, b);
  const base: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const [lon, lat] = interpolate(i / segments);
    const prev = base[i - 1];
    let x = lon;
    if (prev) while (x - prev[0] > 180) x -= 360;
    if (prev) while (x - prev[0] < -180) x += 360;
    base.push([x, mercatorY(lat)]);
  }
  const first = base[0] as LonLat;
  const last = base[segments] as LonLat;
  const dx = last[0] - first[0];
  const dy = last[1] - first[1];
  // Right-hand normal of the chord in the Mercator plane.
  const nx = dy;
  const ny = -dx;
  return base.map(([x, y], i) => {
    const s = bend * Math.sin((Math.PI * i) / segments);
    return [round(x + nx * s), round(inverseMercatorY(y + ny * s))];
  });
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

/** Shortest distance from point `p` to the polyline `path`, in the units of both. */
export function getDistanceToPath(path: readonly [number, number][], p: [number, number]): number {
  let best = Infinity;
  for (let i = 1; i < path.length; i++) {
    const [ax, ay] = path[i - 1] as [number, number];
    const [bx, by] = path[i] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
  }
  return best;
}
