import type {LonLat} from '../geo/arcs';
import type {Link, Place} from './model';

/** A region's label point and names, as the boundaries file gives them. */
export interface RegionLabel {
  id: string;
  nameEn: string;
  nameRu: string;
  country: string;
  lon: number;
  lat: number;
}

/**
 * Where each place is drawn: its own coordinates, or else its region's label point.
 * Places with neither are left out.
 */
export function getPlacePositions(
  places: ReadonlyMap<string, Place>,
  labels: ReadonlyMap<string, RegionLabel>,
): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const p of places.values()) {
    if (p.lon != null && p.lat != null) out.set(p.id, [p.lon, p.lat]);
    else {
      const l = labels.get(p.id);
      if (l) out.set(p.id, [l.lon, l.lat]);
    }
  }
  return out;
}

/** Links whose two ends both have a position and lie apart. */
export function getDrawableLinks(
  links: readonly Link[],
  positions: ReadonlyMap<string, LonLat>,
): Link[] {
  return links.filter((l) => {
    const a = positions.get(l.from);
    const b = positions.get(l.to);
    return a && b && (a[0] !== b[0] || a[1] !== b[1]);
  });
}

/** Ids of the places the given links touch, in first-seen order. */
export function getLinkedPlaceIds(links: readonly Link[]): string[] {
  const ids = new Set<string>();
  for (const l of links) {
    ids.add(l.from);
    ids.add(l.to);
  }
  return [...ids];
}
