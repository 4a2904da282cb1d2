/** Kinds of link, as in the data contract. */
export const LINK_TYPES = [
  'twinning',
  'agreement',
  'trade',
  'production',
  'investment',
  'supply',
  'event',
] as const;
/** One kind of link. */
export type LinkType = (typeof LINK_TYPES)[number];

/** Sectors a link can touch. */
export const SECTORS = [
  'agriculture',
  'food',
  'machinery',
  'energy',
  'chemicals',
  'pharma',
  'light',
  'wood',
  'construction',
  'transport',
  'it',
  'science',
  'education',
  'culture',
  'tourism',
  'sport',
  'general',
] as const;
/** One sector. */
export type Sector = (typeof SECTORS)[number];

/** Where a link stands. */
export const STATUSES = ['signed', 'active', 'planned', 'proposed'] as const;
/** One status. */
export type Status = (typeof STATUSES)[number];

/** Units of a link's figure. */
export const UNITS = ['USD', 'EUR', 'RUB', 'BYN', 'items', 'percent'] as const;
/** One unit. */
export type Unit = (typeof UNITS)[number];

/** What a link's figure measures. */
export const MEASURES = ['turnover', 'export', 'import', 'investment', 'target', 'other'] as const;
/** One measure. */
export type Measure = (typeof MEASURES)[number];

/** Administrative level of a place. */
export const PLACE_KINDS = ['country', 'region', 'city', 'district'] as const;
/** One place kind. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Columns places.csv must have. */
export const PLACE_COLUMNS = [
  'id',
  'kind',
  'name_en',
  'name_ru',
  'country',
  'region',
  'lon',
  'lat',
] as const;

/** Columns links.csv must have. */
export const LINK_COLUMNS = [
  'id',
  'from',
  'to',
  'type',
  'year',
  'until',
  'sectors',
  'value',
  'unit',
  'measure',
  'status',
  'title_en',
  'title_ru',
  'source',
  'line',
  'quote',
] as const;

/** A place a link touches: country, region, city or district. */
export interface Place {
  id: string;
  kind: PlaceKind;
  nameEn: string;
  nameRu: string;
  country: string;
  /** ISO 3166-2 code of the first-level region; null for a country. */
  region: string | null;
  /** WGS84 position; null where the boundary's label point stands in. */
  lon: number | null;
  lat: number | null;
  aliases: string[];
}

/** One stated fact linking two places. */
export interface Link {
  id: string;
  from: string;
  to: string;
  type: LinkType;
  year: number | null;
  until: number | null;
  sectors: Sector[];
  value: number | null;
  unit: Unit | null;
  measure: Measure | null;
  status: Status;
  titleEn: string;
  titleRu: string;
  source: string;
  line: number;
  quote: string;
}

/** A problem found in an input file. */
export interface Problem {
  file: string;
  line: number;
  reason: string;
}

/** Formats a problem as `file:line: reason`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.reason}`;
}
