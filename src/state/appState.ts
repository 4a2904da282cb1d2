/** Interface languages. */
export const LANGS = ['en', 'ru'] as const;
/** One interface language. */
export type Lang = (typeof LANGS)[number];

/** Everything the view depends on; serialised in the URL. */
export interface AppState {
  lang: Lang;
}

/** The state of a URL without parameters. */
export const DEFAULT_STATE: AppState = {lang: 'en'};
