import {
  LINK_TYPES,
  SECTORS,
  STATUSES,
  type LinkType,
  type Sector,
  type Status,
} from '../data/model';

/** Interface languages. */
export const LANGS = ['en', 'ru'] as const;
/** One interface language. */
export type Lang = (typeof LANGS)[number];

/** Administrative levels links can be rolled up to; `city` draws each link between the places it names. */
export const LEVELS = ['city', 'region', 'country'] as const;
/** One roll-up level. */
export type Level = (typeof LEVELS)[number];

/** Ways to show the app: the full tool, a presenter's full-screen stories, or an embed in a page. */
export const MODES = ['explore', 'present', 'embed'] as const;
/** One display mode. */
export type Mode = (typeof MODES)[number];

/** Which links are in view. Empty lists and null ranges mean "no filter". */
export interface FilterState {
  years: [number, number] | null;
  sectors: Sector[];
  countries: string[];
  types: LinkType[];
  statuses: Status[];
  /** Whether links with no year stay in view. */
  undated: boolean;
  /** Ego view: only links touching this place (or a place inside it). */
  place: string | null;
}

/** Camera position. */
export interface ViewState {
  center: [number, number];
  zoom: number;
}

/** Everything the view depends on; serialised in the URL. */
export interface AppState {
  lang: Lang;
  mode: Mode;
  /** Story being presented and its 0-based step; null outside a story. */
  story: {id: string; step: number} | null;
  /** Whether the links are shown as a table instead of the map. */
  table: boolean;
  /** Same-origin path of a links file to load instead of the bundled dataset. */
  data: string | null;
  level: Level;
  filter: FilterState;
  /** Null: frame the links in view. */
  view: ViewState | null;
}

/** The filter of a URL without parameters. */
export const DEFAULT_FILTER: FilterState = {
  years: null,
  sectors: [],
  countries: [],
  types: [],
  statuses: [],
  undated: true,
  place: null,
};

/** The state of a URL without parameters. */
export const DEFAULT_STATE: AppState = {
  lang: 'en',
  mode: 'explore',
  story: null,
  table: false,
  data: null,
  level: 'city',
  filter: DEFAULT_FILTER,
  view: null,
};

/** Every value each list filter can take, in display order. */
export const FILTER_VALUES = {sectors: SECTORS, types: LINK_TYPES, statuses: STATUSES} as const;
