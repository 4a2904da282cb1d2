import {describe, expect, it} from 'vitest';
import {makePlace} from '../../tests/helpers/factories';
import {createSearchIndex, searchPlaces} from './search';

const places = [
  makePlace({id: 'BY-HO', nameEn: 'Gomel', nameRu: 'Гомельская область', aliases: ['Homiel', "Homyel'"]}),
  makePlace({id: 'BY-HO/gomel', nameEn: 'Gomel', nameRu: 'Гомель', aliases: ['Homiel']}),
  makePlace({id: 'RU-TUL', nameEn: 'Tula', nameRu: 'Тульская область'}),
  makePlace({id: 'MD-BA', nameEn: 'Bălți', nameRu: 'Бельцы'}),
];
const index = createSearchIndex(places, (id) => (id === 'BY-HO' ? 10 : 1));

describe('searchPlaces', () => {
  it.each(['homiel', 'Гомель', 'gomel', 'GOMEL', 'гомель'])('searchPlaces(%j) finds Gomel', (q) => {
    expect(searchPlaces(index, q)).toContain('BY-HO/gomel');
  });
  it('searchPlaces ranks exact names first, then more links', () => {
    expect(searchPlaces(index, 'gomel')).toEqual(['BY-HO', 'BY-HO/gomel']);
    expect(searchPlaces(index, 'Гомель')).toEqual(['BY-HO/gomel', 'BY-HO']);
  });
  it('searchPlaces ignores diacritics', () => {
    expect(searchPlaces(index, 'balti')).toEqual(['MD-BA']);
  });
  it('searchPlaces("") finds nothing', () => {
    expect(searchPlaces(index, '  ')).toEqual([]);
  });
});
