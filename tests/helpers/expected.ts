import {readFileSync} from 'node:fs';
import path from 'node:path';
import {csvParse} from 'd3-dsv';

/** A links.csv row as the tests read it, independently of the app's parser. */
export type Row = Record<string, string>;

const ROOT = path.resolve(__dirname, '..', '..');

/** Rows of data/links.csv and data/places.csv, read straight from the files. */
export function readData(): {links: Row[]; places: Map<string, Row>} {
  const links = csvParse(readFileSync(path.join(ROOT, 'data', 'links.csv'), 'utf8')) as Row[];
  const places = csvParse(readFileSync(path.join(ROOT, 'data', 'places.csv'), 'utf8')) as Row[];
  return {links, places: new Map(places.map((p) => [p.id ?? '', p]))};
}

/**
 * Counts the links a query string keeps, following the README's time semantics and filter rules,
 * written apart from the app's selectors so the two can disagree.
 */
export function countExpected(search: string): {links: number; places: number} {
  const {links, places} = readData();
  const q = new URLSearchParams(search);
  const years = q.get('years')?.split('-').map(Number);
  const [from, to] = years ? [years[0] ?? 0, years[1] ?? years[0] ?? 0] : [-Infinity, Infinity];
  const list = (k: string) => q.get(k)?.split(',') ?? null;
  const types = list('types');
  const sectors = list('sectors');
  const countries = list('countries');
  const undated = q.get('undated') !== '0';
  const countryOf = (id: string) => places.get(id)?.country ?? id.slice(0, 2);
  const place = q.get('place');
  const inPlace = (id: string) =>
    id === place || places.get(id)?.region === place || places.get(id)?.country === place;
  const kept = links.filter((r) => {
    if (!r.year) {
      if (!undated) return false;
    } else {
      const y = Number(r.year);
      const end = r.until ? Number(r.until) : r.type === 'twinning' ? Infinity : y;
      if (y > to || end < from) return false;
    }
    if (types && !types.includes(r.type ?? '')) return false;
    if (sectors && !(r.sectors ?? '').split(';').some((s) => sectors.includes(s))) return false;
    if (
      countries &&
      !countries.includes(countryOf(r.from ?? '')) &&
      !countries.includes(countryOf(r.to ?? ''))
    )
      return false;
    if (place && !inPlace(r.from ?? '') && !inPlace(r.to ?? '')) return false;
    return true;
  });
  return {links: kept.length, places: new Set(kept.flatMap((r) => [r.from, r.to])).size};
}
