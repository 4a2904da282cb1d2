import {type Link, type Place, type Problem} from './model';
import {normalizeName} from './names';
import {parseCsvTable, type CsvRow} from './parse';
import type {RegionLabel} from './selectors';
import {validateLinks, validatePlaces} from './validate';

/** A file the reader loaded. */
export interface ImportFile {
  name: string;
  text: string;
}

/** What an import gives: the good places and links, and every problem with file and line. */
export interface ImportResult {
  places: Place[];
  links: Link[];
  problems: Problem[];
  /** Place ids that links name but no place or boundary matches. */
  unmatched: string[];
}

/** What an import can draw on besides its own files. */
export interface ImportBase {
  /** Boundary label points of regions and countries. */
  labels: readonly RegionLabel[];
  /** Places to use when no places file is loaded (the bundled ones). */
  places: readonly Place[];
}

/** Columns a reader's links file must have; the others are optional. */
export const IMPORT_LINK_COLUMNS = ['id', 'from', 'to', 'type', 'status'] as const;
/** Columns of the one-file format: links with the coordinates of their two places. */
export const ONE_FILE_COLUMNS = ['from_name', 'from_lon', 'from_lat', 'to_name', 'to_lon', 'to_lat', 'type'] as const;

/** Largest file accepted, in characters. */
export const MAX_FILE_CHARS = 60_000_000;

type Kind = 'places' | 'links' | 'onefile';

function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
}

function classify(text: string): Kind | null {
  const h = headerOf(text);
  if (ONE_FILE_COLUMNS.every((c) => h.includes(c))) return 'onefile';
  if (h.includes('kind') && h.includes('id') && !h.includes('from')) return 'places';
  if (h.includes('from') && h.includes('to')) return 'links';
  return null;
}

function slugOf(name: string): string {
  const n = normalizeName(name);
  const ascii = n.replace(/\s+/g, '-').replace(/[^a-z0-9-]/g, '');
  if (ascii && ascii.length >= n.length / 2) return ascii.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'place';
  // Names in other scripts get a stable short hash instead of a transliteration.
  let h = 2166136261;
  for (const ch of n) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `p${h.toString(36)}`;
}

function boundaryPlaces(labels: readonly RegionLabel[]): Place[] {
  return labels.map((l) => ({
    id: l.id,
    kind: l.id === l.country ? 'country' : 'region',
    nameEn: l.nameEn,
    nameRu: l.nameRu,
    country: l.country,
    region: l.id === l.country ? null : l.id,
    lon: null,
    lat: null,
    aliases: [],
  }));
}

/** Turns one-file rows into places (one per distinct name and position) and link rows. */
function splitOneFile(rows: CsvRow[], file: string): {places: Place[]; links: CsvRow[]; problems: Problem[]} {
  const places = new Map<string, Place>();
  const links: CsvRow[] = [];
  const problems: Problem[] = [];
  const placeOf = (v: Record<string, string>, side: 'from' | 'to', line: number): string | null => {
    const name = v[`${side}_name`] ?? '';
    const lon = Number(v[`${side}_lon`]);
    const lat = Number(v[`${side}_lat`]);
    const country = (v[`${side}_country`] || 'ZZ').toUpperCase();
    const bad: string[] = [];
    if (!name) bad.push(`missing ${side}_name`);
    if (!(v[`${side}_lon`] ?? '').trim() || !Number.isFinite(lon) || Math.abs(lon) > 180)
      bad.push(`${side}_lon "${v[`${side}_lon`] ?? ''}" is not a longitude`);
    if (!(v[`${side}_lat`] ?? '').trim() || !Number.isFinite(lat) || Math.abs(lat) > 90)
      bad.push(`${side}_lat "${v[`${side}_lat`] ?? ''}" is not a latitude`);
    if (!/^[A-Z]{2}$/.test(country)) bad.push(`${side}_country "${country}" is not an ISO code`);
    if (bad.length) {
      problems.push({file, line, reason: bad.join('; ')});
      return null;
    }
    const id = `${country}/${slugOf(name)}`;
    const existing = places.get(id);
    if (existing && (existing.lon !== lon || existing.lat !== lat)) {
      const alt = `${id}-${places.size}`;
      places.set(alt, {...existing, id: alt, lon, lat, nameEn: name, nameRu: name});
      return alt;
    }
    if (!existing)
      places.set(id, {id, kind: 'city', nameEn: name, nameRu: name, country, region: null, lon, lat, aliases: []});
    return id;
  };
  rows.forEach(({line, values: v}) => {
    const from = placeOf(v, 'from', line);
    const to = placeOf(v, 'to', line);
    if (!from || !to) return;
    links.push({line, values: {...v, id: v.id || `row-${line}`, from, to, status: v.status || 'active'}});
  });
  return {places: [...places.values()], links, problems};
}

/**
 * Loads a reader's files: places.csv and links.csv, or one file of links with coordinates.
 * Every problem is reported with file, line and reason; the good rows are kept. Links may name
 * any region or country with a boundary without listing it in a places file.
 */
export function importFiles(
  files: readonly ImportFile[],
  base: ImportBase,
  onProgress?: (stage: string, done: number, total: number) => void,
): ImportResult {
  const problems: Problem[] = [];
  const regionIds = new Set(base.labels.filter((l) => l.id !== l.country).map((l) => l.id));
  const placeMap = new Map<string, Place>(boundaryPlaces(base.labels).map((p) => [p.id, p]));
  const linkRows: {file: string; rows: CsvRow[]}[] = [];
  let sawPlaces = false;
  for (const f of files) {
    if (f.text.length > MAX_FILE_CHARS) {
      problems.push({file: f.name, line: 1, reason: `file is larger than ${MAX_FILE_CHARS / 1e6} million characters`});
      continue;
    }
    if (!f.text.trim()) {
      problems.push({file: f.name, line: 1, reason: 'file is empty'});
      continue;
    }
    const kind = classify(f.text);
    onProgress?.(`read ${f.name}`, 0, 1);
    if (kind === 'places') {
      sawPlaces = true;
      const t = parseCsvTable(f.text, f.name, ['id', 'kind', 'name_en', 'country']);
      const r = validatePlaces(
        t.rows.map((row) => ({...row, values: {name_ru: row.values.name_en ?? '', ...row.values}})),
        f.name,
        regionIds,
      );
      problems.push(...t.problems, ...r.problems);
      for (const p of r.valid) placeMap.set(p.id, {...p, nameRu: p.nameRu || p.nameEn});
    } else if (kind === 'onefile') {
      const t = parseCsvTable(f.text, f.name, ONE_FILE_COLUMNS);
      const split = splitOneFile(t.rows, f.name);
      problems.push(...t.problems, ...split.problems);
      for (const p of split.places) placeMap.set(p.id, p);
      linkRows.push({file: f.name, rows: split.links});
    } else if (kind === 'links') {
      const t = parseCsvTable(f.text, f.name, IMPORT_LINK_COLUMNS);
      problems.push(...t.problems);
      linkRows.push({file: f.name, rows: t.rows});
    } else {
      const h = headerOf(f.text);
      const delimiter = h.length === 1 && /[;\t|]/.test(h[0] ?? '') ? ' (the file seems to use another delimiter than a comma)' : '';
      problems.push({
        file: f.name,
        line: 1,
        reason: `not a places or links file: the header needs id and kind, from and to, or ${ONE_FILE_COLUMNS.join(', ')}${delimiter}`,
      });
    }
  }
  if (!sawPlaces) for (const p of base.places) if (!placeMap.has(p.id)) placeMap.set(p.id, p);
  const links: Link[] = [];
  const unmatched = new Set<string>();
  const seenIds = new Set<string>();
  for (const {file, rows} of linkRows) {
    // Columns the reader's file leaves out count as empty (the checks read a missing one as '').
    const r = validateLinks(rows, file, placeMap, {
      strict: false,
      onProgress: (done, total) => onProgress?.(`check ${file}`, done, total),
    });
    for (const row of rows)
      for (const k of ['from', 'to'] as const) {
        const id = row.values[k] ?? '';
        if (id && !placeMap.has(id)) unmatched.add(id);
      }
    for (const l of r.valid) {
      if (seenIds.has(l.id)) {
        problems.push({file, line: 0, reason: `duplicate id ${l.id} across files`});
        continue;
      }
      seenIds.add(l.id);
      links.push(l);
    }
    problems.push(...r.problems);
  }
  const used = new Set(links.flatMap((l) => [l.from, l.to]));
  return {
    places: [...placeMap.values()].filter((p) => used.has(p.id) || p.lon != null),
    links,
    problems,
    unmatched: [...unmatched].sort(),
  };
}
