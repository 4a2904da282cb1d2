/**
 * Makes shapes that straddle the antimeridian continuous on the plane of longitude and latitude:
 * a ring that crosses it and comes back (Russia's mainland, Wrangel Island, Fiji's islands) has
 * its points past the line shifted by 360°, and then, in a shape with parts on both sides, rings
 * lying wholly in the far west are moved east beside the rest. A ring crossing once (Antarctica's,
 * which runs round the pole) is left as it is.
 */
export function unwrapAntimeridian(polys: GeoJSON.Position[][][]): GeoJSON.Position[][][] {
  const continuous = polys.map((poly) => poly.map(joinAcross));
  let west = false;
  let east = false;
  for (const poly of continuous)
    for (const ring of poly)
      for (const [x = 0] of ring) {
        if (x < -170) west = true;
        if (x > 170) east = true;
      }
  if (!(west && east)) return continuous;
  return continuous.map((poly) =>
    poly.map((ring) => {
      const shift = ring.every(([x = 0]) => x <= 0) && ring.some(([x = 0]) => x < -90);
      return ring.map(([x = 0, y = 0]) => [shift ? x + 360 : x, y]);
    }),
  );
}

/** A ring whose steps across the antimeridian (more than 180° of longitude) are taken out. */
function joinAcross(ring: GeoJSON.Position[]): GeoJSON.Position[] {
  let jumps = 0;
  for (let i = 1; i < ring.length; i++)
    if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180) jumps++;
  if (!jumps || jumps % 2) return ring;
  let offset = 0;
  return ring.map(([x = 0, y = 0], i) => {
    const prev = ring[i - 1]?.[0];
    if (prev != null && Math.abs(x - prev) > 180) offset += x < prev ? 360 : -360;
    return [x + offset, y];
  });
}
