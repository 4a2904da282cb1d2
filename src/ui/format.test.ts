import {describe, expect, it} from 'vitest';
import {makeLink} from '../../tests/helpers/factories';
import {formatCount, formatValue, formatYears} from './format';
import {STRINGS} from './i18n';

describe('formatCount', () => {
  it('groups thousands as Intl does for English and Russian', () => {
    const numbers = [0, 7, 42, 999, 1000, 1487, 12_345, 100_000, 999_999, 1_234_567, -4321];
    for (const locale of ['en-GB', 'ru-RU'])
      for (const n of numbers)
        expect([n, formatCount(n, locale)]).toEqual([n, n.toLocaleString(locale)]);
  });

  it('writes a Russian group with a no-break space', () => {
    expect(formatCount(1487, 'ru-RU')).toBe('1\u00a0487');
    expect(formatCount(1487, 'en-GB')).toBe('1,487');
  });
});

describe('formatValue', () => {
  it('formatValue(1.2e9, USD) is compact and names the measure', () => {
    expect(formatValue(1.2e9, 'USD', 'turnover', STRINGS.en)).toBe('US$1.2bn (turnover)');
  });
  it('formatValue(300, items) in Russian uses Russian units', () => {
    expect(formatValue(300, 'items', 'other', STRINGS.ru)).toBe('300 шт.');
  });
  it('formatValue(12.5, percent) keeps the decimal', () => {
    expect(formatValue(12.5, 'percent', null, STRINGS.en)).toBe('12.5 %');
  });
});

describe('formatYears', () => {
  it('formatYears gives a range, a year or says there is none', () => {
    expect(formatYears(makeLink({id: 'a', year: 2015, until: 2017}), STRINGS.en)).toBe('2015–2017');
    expect(formatYears(makeLink({id: 'a', year: 2015}), STRINGS.en)).toBe('2015');
    expect(formatYears(makeLink({id: 'a', year: null}), STRINGS.ru)).toBe('год не указан');
  });
});
