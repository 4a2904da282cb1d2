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

/** Sequential classes of the regions' choropleth, light to dark. */
export const CHOROPLETH_COLORS = ['#f6e8c8', '#efd09a', '#e2ae6c', '#cf8748', '#b0622e'];

/** Base-map colours. */
export const BASE_COLORS = {
  water: '#dfe9f2',
  land: '#f4f1ea',
  landBorder: '#a79f90',
  region: '#efebe2',
  regionBorder: '#cdc4b3',
  regionLabel: '#5b5447',
  selected: '#1f1d1a',
  halo: '#fbfaf6',
  belarus: '#7a1f1f',
} as const;
