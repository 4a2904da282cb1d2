import type {Link, Place} from '../data/model';
import type {PairAggregate} from '../data/selectors';
import {getArcCoordinates, type LonLat} from './arcs';

/** Properties of an arc feature: one per pair of places. */
export interface ArcProperties {
  key: string;
  type: Link['type'];
  count: number;
  width: number;
  dashed: boolean;
  directed: boolean;
}

/** Properties of an arrowhead point at the end of a directed arc. */
export interface ArrowProperties {
  key: string;
  type: Link['type'];
  bearing: number;
  size: number;
}

/** Properties of a place node. */
export interface PlaceProperties {
  id: string;
  kind: Place['kind'];
  name_en: string;
  name_ru: string;
  belarus: boolean;
  links: number;
  radius: number;
}

/** Arcs and arrowheads of the pairs in view. */
export interface ArcFeatures {
  arcs: GeoJSON.FeatureCollection<GeoJSON.LineString, ArcProperties>;
  arrows: GeoJSON.FeatureCollection<GeoJSON.Point, ArrowProperties>;
}

const RAD = Math.PI / 180;

function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
}

/** Compass bearing (degrees clockwise from north, on the Mercator plane) from `a` to `b`. */
export function getScreenBearing(a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = mercatorY(b[1]) - mercatorY(a[1]);
  return (Math.atan2(dx, dy) / RAD + 360) % 360;
}

/**
 * One curved arc per pair, painted smallest first so the biggest lie on top, and an arrowhead
 * near the end of every directed one.
 * @param widthOf - stroke width in pixels for a pair.
 */
export function getArcFeatures(
  pairs: readonly PairAggregate[],
  positions: ReadonlyMap<string, LonLat>,
  widthOf: (p: PairAggregate) => number,
): ArcFeatures {
  const arcs: GeoJSON.Feature<GeoJSON.LineString, ArcProperties>[] = [];
  const arrows: GeoJSON.Feature<GeoJSON.Point, ArrowProperties>[] = [];
  for (let i = pairs.length - 1; i >= 0; i--) {
    const p = pairs[i] as PairAggregate;
    const a = positions.get(p.from);
    const b = positions.get(p.to);
    if (!a || !b) continue;
    const coordinates = getArcCoordinates(a, b);
    if (coordinates.length < 2) continue;
    const width = widthOf(p);
    arcs.push({
      type: 'Feature',
      properties: {
        key: p.key,
        type: p.type,
        count: p.count,
        width,
        dashed: p.undirected,
        directed: p.directed,
      },
      geometry: {type: 'LineString', coordinates},
    });
    if (p.directed) {
      // The head sits a little before the end so it does not hide the destination's circle.
      const n = coordinates.length;
      const tip = coordinates[Math.round(n * 0.88)] as LonLat;
      const back = coordinates[Math.round(n * 0.8)] as LonLat;
      arrows.push({
        type: 'Feature',
        properties: {
          key: p.key,
          type: p.type,
          bearing: getScreenBearing(back, tip),
          size: Math.max(0.6, width / 4 + 0.5),
        },
        geometry: {type: 'Point', coordinates: tip},
      });
    }
  }
  return {
    arcs: {type: 'FeatureCollection', features: arcs},
    arrows: {type: 'FeatureCollection', features: arrows},
  };
}

/** Point features for the given places with their link counts, largest drawn last. */
export function getPlaceFeatures(
  counts: ReadonlyMap<string, number>,
  places: ReadonlyMap<string, Pick<Place, 'kind' | 'nameEn' | 'nameRu' | 'country'>>,
  positions: ReadonlyMap<string, LonLat>,
  radiusOf: (links: number) => number,
): GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProperties> {
  const features: GeoJSON.Feature<GeoJSON.Point, PlaceProperties>[] = [];
  const sorted = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  for (const [id, links] of sorted) {
    const p = places.get(id);
    const at = positions.get(id);
    if (!at) continue;
    features.push({
      type: 'Feature',
      properties: {
        id,
        kind: p?.kind ?? 'region',
        name_en: p?.nameEn ?? id,
        name_ru: p?.nameRu ?? id,
        belarus: (p?.country ?? id.slice(0, 2)) === 'BY',
        links,
        radius: radiusOf(links),
      },
      geometry: {type: 'Point', coordinates: at},
    });
  }
  return {type: 'FeatureCollection', features};
}
