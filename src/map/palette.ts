import type {LinkType} from '../data/model';

/** Colour of each link type: the Okabe–Ito palette, distinguishable with colour-vision deficiency. */
export const TYPE_COLORS: Record<LinkType, string> = {
  twinning: '#0072B2',
  agreement: '#009E73',
  trade: '#E69F00',
  production: '#D55E00',
  investment: '#CC79A7',
  supply: '#56B4E9',
  event: '#4D4D4D',
};

/** Base-map colours. */
export const BASE_COLORS = {
  water: '#dfe9f2',
  land: '#f4f1ea',
  landBorder: '#b9b2a4',
  region: '#ebe6da',
  regionLinked: '#e2d8c3',
  regionBorder: '#c9bfae',
  belarus: '#efe3c8',
  label: '#4a4438',
  halo: '#fbfaf6',
} as const;
