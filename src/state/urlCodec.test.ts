import {describe, expect, it} from 'vitest';
import {DEFAULT_STATE} from './appState';
import {formatUrl, parseUrl} from './urlCodec';

describe('parseUrl', () => {
  it('parseUrl("") gives the default state', () => {
    expect(parseUrl('')).toEqual({state: DEFAULT_STATE, ignored: []});
  });

  it('parseUrl(search) reads every key', () => {
    const {state, ignored} = parseUrl(
      '?years=2010-2020&types=trade,twinning&sectors=machinery,agriculture&countries=UZ,RU' +
        '&status=signed&undated=0&place=BY-HO&level=region&lang=ru&map=5.5/53.9/27.56',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      lang: 'ru',
      mode: 'explore',
      story: null,
      table: false,
      data: null,
      level: 'region',
      view: {zoom: 5.5, center: [27.56, 53.9]},
      filter: {
        years: [2010, 2020],
        types: ['twinning', 'trade'],
        sectors: ['agriculture', 'machinery'],
        countries: ['RU', 'UZ'],
        statuses: ['signed'],
        undated: false,
        place: 'BY-HO',
      },
    });
  });

  it('parseUrl("?years=2015") reads a single year as a one-year range', () => {
    expect(parseUrl('?years=2015').state.filter.years).toEqual([2015, 2015]);
  });

  it.each([
    ['?lang=de', 'lang=de'],
    ['?lang=', 'lang='],
    ['?level=district', 'level=district'],
    ['?years=20015', 'years=20015'],
    ['?years=2020-2010', 'years=2020-2010'],
    ['?years=1800-1900', 'years=1800-1900'],
    ['?years=abc', 'years=abc'],
    ['?types=trade,friendship', 'types=trade,friendship'],
    ['?sectors=space', 'sectors=space'],
    ['?countries=RUS', 'countries=RUS'],
    ['?countries=', 'countries='],
    ['?status=done', 'status=done'],
    ['?undated=no', 'undated=no'],
    ['?place=<script>', 'place=<script>'],
    ['?map=99/0/0', 'map=99/0/0'],
    ['?map=NaN/1/2', 'map=NaN/1/2'],
    ['?lang=ru&lang=en', 'lang=en'],
    ['?foo=bar', 'foo=bar'],
    ['?mode=slides', 'mode=slides'],
    ['?story=Bad_Id', 'story=Bad_Id'],
    ['?step=2', 'step=2'],
    ['?view=chart', 'view=chart'],
    ['?data=https://evil.example/x.csv', 'data=https://evil.example/x.csv'],
    ['?data=//evil.example/x.csv', 'data=//evil.example/x.csv'],
    ['?data=javascript:alert(1)', 'data=javascript:alert(1)'],
  ])('parseUrl(%j) keeps the default and notes %j', (search, note) => {
    const {state, ignored} = parseUrl(search);
    expect(ignored).toEqual([note]);
    expect(formatUrl(state)).toBe(search === '?lang=ru&lang=en' ? '?lang=ru' : '');
  });

  it('parseUrl(garbage) never throws', () => {
    for (const s of ['%', '?%E0%A4%A', '?&&&', '?=', '?years=%00', '?'.repeat(1000)]) {
      expect(() => parseUrl(s)).not.toThrow();
    }
  });
});

describe('formatUrl', () => {
  it('formatUrl(DEFAULT_STATE) is empty', () => {
    expect(formatUrl(DEFAULT_STATE)).toBe('');
  });

  it.each([
    '?years=2010-2020',
    '?years=2015',
    '?types=twinning,trade&sectors=agriculture,machinery&countries=RU,UZ',
    '?status=signed,active&undated=0',
    '?place=BY-VI/tolochin&level=country&lang=ru',
    '?map=6/53.9/27.56',
    '?mode=present&story=central-asia&step=3&lang=ru',
    '?mode=embed',
    '?types=trade&view=table',
    '?data=samples/links.csv',
  ])('formatUrl(parseUrl(%j)) gives the same string back', (s) => {
    expect(formatUrl(parseUrl(s).state)).toBe(s);
  });

  it('formatUrl puts keys in canonical order and sorts list values', () => {
    const {state} = parseUrl('?lang=ru&countries=UZ,RU&types=trade,twinning');
    expect(formatUrl(state)).toBe('?types=twinning,trade&countries=RU,UZ&lang=ru');
  });

  it('formatUrl rounds the camera more coarsely when zoomed out', () => {
    const {state} = parseUrl('?map=2/53.912345/27.561234');
    expect(formatUrl(state)).toBe('?map=2/53.91/27.56');
    const near = parseUrl('?map=10/53.912345/27.561234').state;
    expect(formatUrl(near)).toBe('?map=10/53.9123/27.5612');
  });
});
