import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDataset} from './dataset';
import type {Place} from './model';
import {createQuoteCheck} from './quotes';
import {validateLinks} from './validate';

const FIXTURES = path.resolve(__dirname, '..', '..', 'tests', 'fixtures');
const REGIONS = new Set(['BY-VI', 'RU-PSK']);
const quoteCheck = createQuoteCheck((source) => {
  const file = path.join(FIXTURES, 'seeds', source);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
});

function read(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

function loadLinks(name: string) {
  return parseDataset(
    {placesText: read('places.csv'), linksText: read(`invalid/${name}.csv`), linksFile: name},
    REGIONS,
    {checkQuote: quoteCheck},
  );
}

describe('validateLinks', () => {
  it.each([
    ['unknown-place', 'unknown place id "RU-PSK/pechory" in to'],
    ['bad-year', 'year "20015" is not a year in 1900–2100'],
    ['until-before-year', 'until 2012 is before year 2015'],
    ['unknown-type', 'unknown type "friendship"'],
    ['unknown-sector', 'unknown sector "space"'],
    ['unknown-status', 'unknown status "done"'],
    ['unknown-unit', 'unknown unit "MUSD"'],
    ['non-numeric-value', 'value "1e999" is not a finite number'],
    ['duplicate-id', 'duplicate id ok'],
    ['short-quote', 'quote is 29 characters, shorter than 40'],
    ['long-quote', 'quote is 301 characters, longer than 300; quote not found in sample.txt'],
    ['quote-not-found', 'quote not found in sample.txt'],
    ['wrong-line', 'quote starts on line 4 of sample.txt, not 3'],
    ['missing-russian-title', 'missing Russian title'],
    ['open-quote', 'quote opened here is never closed'],
  ])('validateLinks reports %s on line 3 and keeps the good row', (name, reason) => {
    const data = loadLinks(name);
    expect(data.problems).toEqual([{file: name, line: 3, reason}]);
    expect(data.links.map((l) => l.id)).toEqual(['ok']);
  });

  it('validateLinks turns a good row into a typed link', () => {
    const [link] = loadLinks('bad-year').links;
    expect(link).toEqual({
      id: 'ok',
      from: 'BY-VI/tolochin',
      to: 'RU-PSK/opochka',
      type: 'twinning',
      year: 2010,
      until: null,
      sectors: ['culture', 'education'],
      value: null,
      unit: null,
      measure: null,
      status: 'signed',
      titleEn: 'Tolochin and Opochka are twin towns',
      titleRu: 'Толочин и Опочка — города-побратимы',
      source: 'sample.txt',
      line: 2,
      quote: 'In 2010 the towns of Tolochin and Opochka signed an agreement',
    });
  });

  it('validateLinks without a quote check accepts a quote it cannot verify', () => {
    const data = parseDataset(
      {placesText: read('places.csv'), linksText: read('invalid/quote-not-found.csv')},
      REGIONS,
    );
    expect(data.problems).toEqual([]);
    expect(data.links).toHaveLength(2);
  });
});

describe('validateLinks counting a quote', () => {
  const places = new Map([
    ['A', {} as Place],
    ['B', {} as Place],
  ]);
  const row = (quote: string) => ({
    line: 2,
    values: {id: 'x', from: 'A', to: 'B', type: 'trade', status: 'active', source: 's.txt', line: '3', quote},
  });

  it('counts a character outside the Basic Multilingual Plane as one', () => {
    // 38 letters and two emoji: 40 characters, 42 UTF-16 units.
    const forty = `${'a'.repeat(38)}\u{1F30D}\u{1F30F}`;
    expect(forty.length).toBe(42);
    expect(validateLinks([row(forty)], 'f.csv', places, {strict: false}).problems).toEqual([]);
    const short = `${'a'.repeat(37)}\u{1F30D}\u{1F30F}`;
    expect(validateLinks([row(short)], 'f.csv', places, {strict: false}).problems).toEqual([
      {file: 'f.csv', line: 2, reason: 'quote is 39 characters, shorter than 40'},
    ]);
  });
});

describe('validatePlaces', () => {
  it.each([
    ['places-missing-russian-name', 'missing Russian name'],
    ['places-region-without-boundary', 'region code BY-XX has no boundary'],
    ['places-city-without-coordinates', 'city needs lon and lat'],
  ])('validatePlaces reports %s on line 3 and keeps the good row', (name, reason) => {
    const data = parseDataset(
      {placesText: read(`invalid/${name}.csv`), linksText: read('invalid/bad-year.csv').split('\n')[0] ?? '', placesFile: name},
      REGIONS,
    );
    expect(data.problems).toEqual([{file: name, line: 3, reason}]);
    expect([...data.places.keys()]).toEqual(['BY']);
  });
});
