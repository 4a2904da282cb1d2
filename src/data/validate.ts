import type {CsvRow} from './parse';
import {
  LINK_TYPES,
  MEASURES,
  PLACE_KINDS,
  SECTORS,
  STATUSES,
  UNITS,
  type Link,
  type Place,
  type Problem,
  type Sector,
} from './model';

/** Lowest and highest year a link may carry. */
export const YEAR_RANGE = [1900, 2100] as const;
/** Shortest and longest quote allowed, in characters. */
export const QUOTE_LENGTH = [40, 300] as const;

/** What validation found: the good records and a problem per bad one. */
export interface ValidationReport<T> {
  valid: T[];
  problems: Problem[];
}

/** Checks a quote against its source; returns a reason when it fails, null when it passes. */
export type QuoteCheck = (source: string, quote: string, line: number) => string | null;

const ID = /^[A-Z]{2}(-[A-Z0-9]{1,3})?(\/[a-z0-9]+(-[a-z0-9]+)*)?$/;

function isOneOf<T extends string>(list: readonly T[], v: string): v is T {
  return (list as readonly string[]).includes(v);
}

function parseNumber(s: string): number | null | undefined {
  if (s === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function parseYear(s: string): number | null | undefined {
  if (s === '') return null;
  if (!/^\d{4}$/.test(s)) return undefined;
  const y = Number(s);
  return y >= YEAR_RANGE[0] && y <= YEAR_RANGE[1] ? y : undefined;
}

/**
 * Validates places.csv rows: every bad row is reported with its line and left out; good rows are kept.
 * @param regions - first-level region codes that have a boundary; null skips that check.
 */
export function validatePlaces(
  rows: CsvRow[],
  file: string,
  regions: ReadonlySet<string> | null,
): ValidationReport<Place> {
  const valid: Place[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const {line, values: v} of rows) {
    const reasons: string[] = [];
    const id = v.id ?? '';
    const kind = v.kind ?? '';
    if (!ID.test(id)) reasons.push(`malformed place id "${id}"`);
    else if (seen.has(id)) reasons.push(`duplicate place id ${id}`);
    if (!isOneOf(PLACE_KINDS, kind)) reasons.push(`unknown kind "${kind}"`);
    if (!v.name_en) reasons.push('missing English name');
    if (!v.name_ru) reasons.push('missing Russian name');
    const country = v.country ?? '';
    if (!/^[A-Z]{2}$/.test(country)) reasons.push(`malformed country "${country}"`);
    const region = v.region || null;
    if (kind === 'region' && region !== id) reasons.push(`region ${id} must name itself as region`);
    if (kind === 'country' && (region || id !== country))
      reasons.push(`country ${id} must have its own code as country and no region`);
    if ((kind === 'city' || kind === 'district') && region && !id.startsWith(`${region}/`))
      reasons.push(`id ${id} does not start with its region ${region}`);
    if (kind !== 'country' && !region) reasons.push('missing region');
    if (region && !region.startsWith(`${country}-`))
      reasons.push(`region ${region} is not in country ${country}`);
    if (regions && region && !regions.has(region))
      reasons.push(`region code ${region} has no boundary`);
    const lon = parseNumber(v.lon ?? '');
    const lat = parseNumber(v.lat ?? '');
    if (lon === undefined || (lon !== null && Math.abs(lon) > 180))
      reasons.push(`bad longitude "${v.lon}"`);
    if (lat === undefined || (lat !== null && Math.abs(lat) > 90))
      reasons.push(`bad latitude "${v.lat}"`);
    if ((kind === 'city' || kind === 'district') && (lon == null || lat == null))
      reasons.push(`${kind} needs lon and lat`);
    if (reasons.length) {
      problems.push({file, line, reason: reasons.join('; ')});
      continue;
    }
    seen.add(id);
    valid.push({
      id,
      kind: kind as Place['kind'],
      nameEn: v.name_en ?? '',
      nameRu: v.name_ru ?? '',
      country,
      region,
      lon: lon ?? null,
      lat: lat ?? null,
      aliases: (v.aliases ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
    });
  }
  return {valid, problems};
}

/** How strictly links are checked. */
export interface LinkValidationOptions {
  /** Verifies the quote in its source document; omitted where documents are absent. */
  checkQuote?: QuoteCheck;
  /**
   * The bundled dataset's contract (default): titles in both languages, sectors and a quote with
   * source and line are required. Off for a reader's own data, where they are optional.
   */
  strict?: boolean;
  /** Called every few thousand rows with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Validates links.csv rows against the known places: every bad row is reported with its line and
 * reason, and the good rows are kept.
 */
export function validateLinks(
  rows: CsvRow[],
  file: string,
  places: ReadonlyMap<string, Place>,
  options: LinkValidationOptions = {},
): ValidationReport<Link> {
  const {checkQuote, strict = true, onProgress} = options;
  const valid: Link[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  rows.forEach(({line, values: v}, index) => {
    if (onProgress && index % 5000 === 0) onProgress(index, rows.length);
    const reasons: string[] = [];
    const id = v.id ?? '';
    if (!id) reasons.push('missing id');
    else if (seen.has(id)) reasons.push(`duplicate id ${id}`);
    const from = v.from ?? '';
    const to = v.to ?? '';
    if (!places.has(from)) reasons.push(`unknown place id "${from}" in from`);
    if (!places.has(to)) reasons.push(`unknown place id "${to}" in to`);
    if (from && from === to) reasons.push('from and to are the same place');
    const type = v.type ?? '';
    if (!isOneOf(LINK_TYPES, type)) reasons.push(`unknown type "${type}"`);
    const year = parseYear(v.year ?? '');
    const until = parseYear(v.until ?? '');
    if (year === undefined)
      reasons.push(`year "${v.year}" is not a year in ${YEAR_RANGE[0]}–${YEAR_RANGE[1]}`);
    if (until === undefined)
      reasons.push(`until "${v.until}" is not a year in ${YEAR_RANGE[0]}–${YEAR_RANGE[1]}`);
    if (year != null && until != null && until < year)
      reasons.push(`until ${until} is before year ${year}`);
    const sectors = (v.sectors ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!sectors.length && strict) reasons.push('no sector');
    for (const s of sectors) if (!isOneOf(SECTORS, s)) reasons.push(`unknown sector "${s}"`);
    const value = parseNumber(v.value ?? '');
    if (value === undefined) reasons.push(`value "${v.value}" is not a finite number`);
    const unit = v.unit ?? '';
    const measure = v.measure ?? '';
    if (unit && !isOneOf(UNITS, unit)) reasons.push(`unknown unit "${unit}"`);
    if (measure && !isOneOf(MEASURES, measure)) reasons.push(`unknown measure "${measure}"`);
    if (value != null && (!unit || !measure)) reasons.push('value without unit or measure');
    const status = v.status ?? '';
    if (!isOneOf(STATUSES, status)) reasons.push(`unknown status "${status}"`);
    if (strict && !v.title_en) reasons.push('missing English title');
    if (strict && !v.title_ru) reasons.push('missing Russian title');
    const source = v.source ?? '';
    const quote = v.quote ?? '';
    // A reader's own data may come without sources; where it has one, it is checked like ours.
    const sourced = strict || !!(source || v.line || quote);
    if (sourced && !source) reasons.push('missing source');
    const srcLine = Number(v.line);
    if (sourced && (!/^\d+$/.test(v.line ?? '') || srcLine < 1))
      reasons.push(`line "${v.line ?? ''}" is not a line number`);
    const len = countCodePoints(quote);
    if (sourced && len < QUOTE_LENGTH[0]) reasons.push(`quote is ${len} characters, shorter than 40`);
    if (sourced && len > QUOTE_LENGTH[1]) reasons.push(`quote is ${len} characters, longer than 300`);
    if (checkQuote && source && len && srcLine >= 1) {
      const r = checkQuote(source, quote, srcLine);
      if (r) reasons.push(r);
    }
    if (reasons.length) {
      problems.push({file, line, reason: reasons.join('; ')});
      return;
    }
    seen.add(id);
    valid.push({
      id,
      from,
      to,
      type: type as Link['type'],
      year: year ?? null,
      until: until ?? null,
      sectors: sectors as Sector[],
      value: value ?? null,
      unit: (unit || null) as Link['unit'],
      measure: (measure || null) as Link['measure'],
      status: status as Link['status'],
      titleEn: v.title_en || v.title_ru || '',
      titleRu: v.title_ru || v.title_en || '',
      source,
      line: sourced ? srcLine : 0,
      quote,
    });
  });
  onProgress?.(rows.length, rows.length);
  return {valid, problems};
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Characters of a string as a reader counts them: a surrogate pair is one. */
function countCodePoints(s: string): number {
  // Most quotes have no surrogates: a native search finds that faster than a loop of the parse's
  // first run, which the page's start waits for.
  return HIGH_SURROGATE.test(s) ? Array.from(s).length : s.length;
}
