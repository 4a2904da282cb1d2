import {LINK_TYPES, SECTORS, STATUSES} from '../data/model';
import {YEAR_RANGE} from '../data/validate';
import {
  DEFAULT_FILTER,
  DEFAULT_STATE,
  LANGS,
  LEVELS,
  MODES,
  type AppState,
  type FilterState,
  type ViewState,
} from './appState';

/** A parsed URL: the state, and a note per value that was ignored. */
export interface ParsedUrl {
  state: AppState;
  ignored: string[];
}

/** Query keys in their canonical order. */
export const URL_KEYS = [
  'years',
  'types',
  'sectors',
  'countries',
  'status',
  'undated',
  'place',
  'level',
  'data',
  'view',
  'mode',
  'story',
  'step',
  'lang',
  'map',
] as const;

const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const PLACE_ID = /^[A-Z]{2}(-[A-Z0-9]{1,3})?(\/[a-z0-9]+(-[a-z0-9]+)*)?$/;

function oneOf<T extends string>(list: readonly T[], v: string): T | undefined {
  return (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Reads a comma list of allowed values; any unknown member makes the whole value ignored. */
function parseList<T extends string>(raw: string, allowed: readonly T[]): T[] | undefined {
  const parts = raw.split(',').map((s) => s.trim());
  if (!parts.length || parts.some((p) => !oneOf(allowed, p))) return undefined;
  // Canonical: each value once, in the allowed list's order.
  return allowed.filter((a) => parts.includes(a));
}

function parseYears(raw: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  const [lo, hi] = YEAR_RANGE;
  if (a < lo || b > hi || a > b) return undefined;
  return [a, b];
}

function parseView(raw: string): ViewState | undefined {
  const m = /^(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(raw);
  if (!m) return undefined;
  const zoom = Number(m[1]);
  const lat = Number(m[2]);
  const lon = Number(m[3]);
  if (zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 540) return undefined;
  return {zoom, center: [lon, lat]};
}

/**
 * Reads the app state from a query string. Total: it never throws, and every unknown key or
 * malformed value falls back to its default and is listed in `ignored`.
 */
export function parseUrl(search: string): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const ignored: string[] = [];
  const filter: FilterState = {...DEFAULT_FILTER};
  const state: AppState = {...DEFAULT_STATE, filter};
  const seen = new Set<string>();
  let stepParam: number | null = null;
  for (const [key, raw] of params) {
    const value = raw.trim();
    const note = () => ignored.push(`${key}=${raw}`);
    if (seen.has(key)) {
      note();
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'lang': {
        const v = oneOf(LANGS, value);
        if (v) state.lang = v;
        else note();
        break;
      }
      case 'level': {
        const v = oneOf(LEVELS, value);
        if (v) state.level = v;
        else note();
        break;
      }
      case 'years': {
        const v = parseYears(value);
        if (v) filter.years = v;
        else note();
        break;
      }
      case 'types': {
        const v = parseList(value, LINK_TYPES);
        if (v) filter.types = v;
        else note();
        break;
      }
      case 'sectors': {
        const v = parseList(value, SECTORS);
        if (v) filter.sectors = v;
        else note();
        break;
      }
      case 'status': {
        const v = parseList(value, STATUSES);
        if (v) filter.statuses = v;
        else note();
        break;
      }
      case 'countries': {
        const parts = value.split(',').map((s) => s.trim().toUpperCase());
        if (parts.length && parts.every((p) => /^[A-Z]{2}$/.test(p)))
          filter.countries = [...new Set(parts)].sort();
        else note();
        break;
      }
      case 'undated': {
        if (value === '0') filter.undated = false;
        else if (value !== '1') note();
        break;
      }
      case 'place': {
        if (PLACE_ID.test(value)) filter.place = value;
        else note();
        break;
      }
      case 'mode': {
        const v = oneOf(MODES, value);
        if (v) state.mode = v;
        else note();
        break;
      }
      case 'view': {
        if (value === 'table') state.table = true;
        else if (value !== 'map') note();
        break;
      }
      case 'story': {
        if (STORY_ID.test(value)) state.story = {id: value, step: state.story?.step ?? 0};
        else note();
        break;
      }
      case 'step': {
        if (/^[1-9]\d{0,2}$/.test(value)) stepParam = Number(value) - 1;
        else note();
        break;
      }
      case 'data': {
        // Only a path on this site: no scheme, no host.
        if (/^(?!.*\/\/)(?!.*:)[\w./%-]+$/.test(value) && !value.startsWith('/\\'))
          state.data = value;
        else note();
        break;
      }
      case 'map': {
        const v = parseView(value);
        if (v) state.view = v;
        else note();
        break;
      }
      default:
        note();
    }
  }
  if (stepParam !== null) {
    if (state.story) state.story = {...state.story, step: stepParam};
    else ignored.push(`step=${stepParam + 1}`);
  }
  return {state, ignored};
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Writes the app state as a canonical query string: fixed key order, defaults left out. */
export function formatUrl(state: AppState): string {
  const f = state.filter;
  const parts: [string, string][] = [];
  if (f.years)
    parts.push(['years', f.years[0] === f.years[1] ? `${f.years[0]}` : f.years.join('-')]);
  if (f.types.length)
    parts.push(['types', LINK_TYPES.filter((t) => f.types.includes(t)).join(',')]);
  if (f.sectors.length)
    parts.push(['sectors', SECTORS.filter((s) => f.sectors.includes(s)).join(',')]);
  if (f.countries.length) parts.push(['countries', [...f.countries].sort().join(',')]);
  if (f.statuses.length)
    parts.push(['status', STATUSES.filter((s) => f.statuses.includes(s)).join(',')]);
  if (!f.undated) parts.push(['undated', '0']);
  if (f.place) parts.push(['place', f.place]);
  if (state.level !== DEFAULT_STATE.level) parts.push(['level', state.level]);
  if (state.data) parts.push(['data', state.data]);
  if (state.table) parts.push(['view', 'table']);
  if (state.mode !== DEFAULT_STATE.mode) parts.push(['mode', state.mode]);
  if (state.story) {
    parts.push(['story', state.story.id]);
    if (state.story.step > 0) parts.push(['step', String(state.story.step + 1)]);
  }
  if (state.lang !== DEFAULT_STATE.lang) parts.push(['lang', state.lang]);
  if (state.view) {
    // Precision follows zoom, as MapLibre's hash does: finer positions only when zoomed in.
    const d = Math.max(
      0,
      Math.ceil((state.view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10),
    );
    const [lon, lat] = state.view.center;
    parts.push(['map', `${round(state.view.zoom, 2)}/${round(lat, d)}/${round(lon, d)}`]);
  }
  const s = parts
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%2F/g, '/')}`)
    .join('&');
  return s ? `?${s}` : '';
}
