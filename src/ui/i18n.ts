import type {LinkType} from '../data/model';
import type {Lang} from '../state/appState';

/** Every interface string, in English and Russian. */
export const STRINGS = {
  en: {
    title: 'Interregio',
    subtitle: 'Interregional links of Belarus',
    loading: 'Loading the map…',
    links: (n: number) => `${n} ${n === 1 ? 'link' : 'links'}`,
    places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
    legend: 'Link types',
    language: 'Language',
    problems: (n: number) => `${n} ${n === 1 ? 'row was' : 'rows were'} skipped`,
    ignored: (list: string) => `Ignored in the address: ${list}`,
    loadFailed: 'The data could not be loaded.',
    retry: 'Retry',
    noWebgl: 'This browser cannot draw the map (WebGL 2 is not available).',
    attribution:
      'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) · Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
    types: {
      twinning: 'Twinning',
      agreement: 'Agreement',
      trade: 'Trade',
      production: 'Production',
      investment: 'Investment',
      supply: 'Supply',
      event: 'Event',
    } satisfies Record<LinkType, string>,
  },
  ru: {
    title: 'Интеррегио',
    subtitle: 'Межрегиональные связи Беларуси',
    loading: 'Карта загружается…',
    links: (n: number) => `${n} ${plural(n, 'связь', 'связи', 'связей')}`,
    places: (n: number) => `${n} ${plural(n, 'место', 'места', 'мест')}`,
    legend: 'Типы связей',
    language: 'Язык',
    problems: (n: number) => `Пропущено строк: ${n}`,
    ignored: (list: string) => `В адресе проигнорировано: ${list}`,
    loadFailed: 'Не удалось загрузить данные.',
    retry: 'Повторить',
    noWebgl: 'Этот браузер не может отобразить карту (WebGL 2 недоступен).',
    attribution:
      'Границы: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (общественное достояние) · Населённые пункты: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
    types: {
      twinning: 'Побратимство',
      agreement: 'Соглашение',
      trade: 'Торговля',
      production: 'Производство',
      investment: 'Инвестиции',
      supply: 'Поставки',
      event: 'Мероприятие',
    } satisfies Record<LinkType, string>,
  },
} as const;

/** Interface strings of one language. */
export type Strings = (typeof STRINGS)[Lang];

function plural(n: number, one: string, few: string, many: string): string {
  const r = new Intl.PluralRules('ru').select(n);
  return r === 'one' ? one : r === 'few' ? few : many;
}
