import {csvFormat} from 'd3-dsv';
import type {LonLat} from '../geo/arcs';
import {LINK_COLUMNS, type Link} from './model';

/** Links as CSV in the dataset's own columns, so an export loads back as links.csv. */
export function formatLinksCsv(links: readonly Link[]): string {
  const rows = links.map((l) => ({
    id: l.id,
    from: l.from,
    to: l.to,
    type: l.type,
    year: l.year ?? '',
    until: l.until ?? '',
    sectors: l.sectors.join(';'),
    value: l.value ?? '',
    unit: l.unit ?? '',
    measure: l.measure ?? '',
    status: l.status,
    title_en: l.titleEn,
    title_ru: l.titleRu,
    source: l.source,
    line: l.line,
    quote: l.quote,
  }));
  return `${csvFormat(rows, [...LINK_COLUMNS])}\n`;
}

/** Links as a GeoJSON FeatureCollection of straight lines between their places, with every field. */
export function formatLinksGeoJson(
  links: readonly Link[],
  positions: ReadonlyMap<string, LonLat>,
): string {
  const features = links.flatMap((l) => {
    const a = positions.get(l.from);
    const b = positions.get(l.to);
    if (!a || !b) return [];
    return [
      {
        type: 'Feature',
        id: l.id,
        properties: {...l, sectors: l.sectors.join(';')},
        geometry: {type: 'LineString', coordinates: [a, b]},
      },
    ];
  });
  return `${JSON.stringify({type: 'FeatureCollection', features})}\n`;
}
