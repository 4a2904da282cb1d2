import {describe, expect, it} from 'vitest';
import {formatUrl, parseUrl} from './urlCodec';

describe('urlCodec', () => {
  it('parseUrl("") gives the default state', () => {
    expect(parseUrl('')).toEqual({state: {lang: 'en'}, ignored: []});
  });

  it('parseUrl("?lang=ru") reads the language', () => {
    expect(parseUrl('?lang=ru').state.lang).toBe('ru');
  });

  it.each(['?lang=de', '?lang=', '?lang=RU', '?lang=%E0%A4%A'])(
    'parseUrl(%j) falls back to English and notes what it ignored',
    (search) => {
      const {state, ignored} = parseUrl(search);
      expect(state.lang).toBe('en');
      expect(ignored).toHaveLength(1);
    },
  );

  it('formatUrl(parseUrl(s)) is canonical', () => {
    expect(formatUrl(parseUrl('?lang=en').state)).toBe('');
    expect(formatUrl(parseUrl('?x=1&lang=ru').state)).toBe('?lang=ru');
  });
});
