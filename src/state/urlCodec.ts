import {DEFAULT_STATE, LANGS, type AppState, type Lang} from './appState';

/** A parsed URL: the state, and a note per value that was ignored. */
export interface ParsedUrl {
  state: AppState;
  ignored: string[];
}

/** Reads the app state from a query string; never throws, bad values fall back to defaults. */
export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const state: AppState = {...DEFAULT_STATE};
  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else ignored.push(`lang=${lang}`);
  }
  return {state, ignored};
}

/** Writes the app state as a canonical query string, defaults left out. */
export function formatUrl(state: AppState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
