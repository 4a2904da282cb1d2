import type {Link, Place} from '../../src/data/model';

/** A link with sensible defaults, overridden by `over`. */
export function makeLink(over: Partial<Link> & {id: string}): Link {
  return {
    from: 'BY-VI',
    to: 'RU-PSK',
    type: 'agreement',
    year: 2010,
    until: null,
    sectors: ['general'],
    value: null,
    unit: null,
    measure: null,
    status: 'signed',
    titleEn: 'A link',
    titleRu: 'Связь',
    source: 'sample.txt',
    line: 1,
    quote: 'q'.repeat(40),
    ...over,
  };
}

/** A place with sensible defaults, overridden by `over`. */
export function makePlace(over: Partial<Place> & {id: string}): Place {
  const country = over.id.slice(0, 2);
  const region = over.id.includes('-') ? (over.id.split('/')[0] ?? null) : null;
  return {
    kind: over.id.includes('/') ? 'city' : region ? 'region' : 'country',
    nameEn: over.id,
    nameRu: over.id,
    country,
    region,
    lon: null,
    lat: null,
    aliases: [],
    ...over,
  };
}

/** The small world the selector tests use: two Belarusian and three foreign places. */
export function makePlaces(): Map<string, Place> {
  const list = [
    makePlace({id: 'BY'}),
    makePlace({id: 'RU'}),
    makePlace({id: 'UZ'}),
    makePlace({id: 'BY-VI'}),
    makePlace({id: 'BY-VI/tolochin'}),
    makePlace({id: 'RU-PSK'}),
    makePlace({id: 'RU-PSK/opochka'}),
    makePlace({id: 'UZ-TK'}),
  ];
  return new Map(list.map((p) => [p.id, p]));
}
