import type {Link, Place} from '../data/model';
import {getArcCoordinates, type LonLat} from './arcs';

/** Properties of an arc feature. */
export interface ArcProperties {
  id: string;
  type: Link['type'];
}

/** Properties of a place point feature. */
export interface PlaceProperties {
  id: string;
  kind: Place['kind'];
  name_en: string;
  name_ru: string;
  belarus: boolean;
  links: number;
}

/** One curved LineString per link, from its `from` place to its `to` place. */
export function getArcFeatures(
  links: readonly Link[],
  positions: ReadonlyMap<string, LonLat>,
): GeoJSON.FeatureCollection<GeoJSON.LineString, ArcProperties> {
  const features: GeoJSON.Feature<GeoJSON.LineString, ArcProperties>[] = [];
  for (const l of links) {
    const a = positions.get(l.from);
    const b = positions.get(l.to);
    if (!a || !b) continue;
    const coordinates = getArcCoordinates(a, b);
    if (coordinates.length < 2) continue;
    features.push({
      type: 'Feature',
      properties: {id: l.id, type: l.type},
      geometry: {type: 'LineString', coordinates},
    });
  }
  return {type: 'FeatureCollection', features};
}

/** Point features for the cities and districts among the given places, with their link counts. */
export function getPlaceFeatures(
  ids: readonly string[],
  places: ReadonlyMap<string, Place>,
  positions: ReadonlyMap<string, LonLat>,
  links: readonly Link[],
): GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProperties> {
  const count = new Map<string, number>();
  for (const l of links) {
    count.set(l.from, (count.get(l.from) ?? 0) + 1);
    count.set(l.to, (count.get(l.to) ?? 0) + 1);
  }
  const features: GeoJSON.Feature<GeoJSON.Point, PlaceProperties>[] = [];
  for (const id of ids) {
    const p = places.get(id);
    const at = positions.get(id);
    if (!p || !at) continue;
    features.push({
      type: 'Feature',
      properties: {
        id,
        kind: p.kind,
        name_en: p.nameEn,
        name_ru: p.nameRu,
        belarus: p.country === 'BY',
        links: count.get(id) ?? 0,
      },
      geometry: {type: 'Point', coordinates: at},
    });
  }
  return {type: 'FeatureCollection', features};
}
