import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {RegionLabel} from './selectors';
import {importFiles} from './importData';
import {parseCsvRecords} from './parse';

const LABELS: RegionLabel[] = [
  {id: 'BY', nameEn: 'Belarus', nameRu: 'Беларусь', country: 'BY', lon: 27.56, lat: 53.9},
  {id: 'RU', nameEn: 'Russia', nameRu: 'Россия', country: 'RU', lon: 37.6, lat: 55.75},
  {id: 'BY-HO', nameEn: 'Gomel', nameRu: 'Гомельская область', country: 'BY', lon: 30, lat: 52.4},
  {id: 'RU-TUL', nameEn: 'Tula', nameRu: 'Тульская область', country: 'RU', lon: 37.5, lat: 53.9},
];
const BASE = {labels: LABELS, places: []};
const LINKS_HEAD = 'id,from,to,type,year,status';

describe('importFiles', () => {
  it('importFiles loads links between boundary ids without a places file', () => {
    const r = importFiles([{name: 'links.csv', text: `${LINKS_HEAD}\na,BY-HO,RU-TUL,agreement,2015,signed\n`}], BASE);
    expect(r.problems).toEqual([]);
    expect(r.links.map((l) => [l.id, l.titleEn, l.line])).toEqual([['a', '', 0]]);
  });

  it('importFiles reports every bad row with file and line and keeps the good ones', () => {
    const text = [
      LINKS_HEAD,
      'a,BY-HO,RU-TUL,agreement,2015,signed',
      'b,BY-HO,XX-YY,agreement,2015,signed',
      'c,BY-HO,RU-TUL,agreement,20015,signed',
      'd,BY-HO,RU-TUL,agreement,NaN,signed',
      'a,BY-HO,RU-TUL,trade,2016,active',
    ].join('\r\n');
    const r = importFiles([{name: 'mine.csv', text: `\uFEFF${text}`}], BASE);
    expect(r.links.map((l) => l.id)).toEqual(['a']);
    expect(r.problems).toEqual([
      {file: 'mine.csv', line: 3, reason: 'unknown place id "XX-YY" in to'},
      {file: 'mine.csv', line: 4, reason: 'year "20015" is not a year in 1900–2100'},
      {file: 'mine.csv', line: 5, reason: 'year "NaN" is not a year in 1900–2100'},
      {file: 'mine.csv', line: 6, reason: 'duplicate id a'},
    ]);
    expect(r.unmatched).toEqual(['XX-YY']);
  });

  it('importFiles reads the one-file format of links with coordinates', () => {
    const text =
      'from_name,from_lon,from_lat,to_name,to_lon,to_lat,type,year,from_country\n' +
      'Minsk,27.56,53.9,Kazan,49.12,55.79,agreement,2019,BY\n' +
      'Минск,27.56,53.9,Nowhere,999,0,trade,2019,BY\n';
    const r = importFiles([{name: 'one.csv', text}], BASE);
    expect(r.links).toHaveLength(1);
    expect(r.links[0]?.from).toBe('BY/minsk');
    expect(r.places.find((p) => p.id === 'ZZ/kazan')).toMatchObject({lon: 49.12, lat: 55.79});
    expect(r.problems).toEqual([{file: 'one.csv', line: 3, reason: 'to_lon "999" is not a longitude'}]);
  });

  it.each([
    ['empty.csv', '', 'file is empty'],
    ['semi.csv', 'id;from;to;type\n1;BY;RU;trade\n', 'not a places or links file'],
    ['garbage.bin', '\u0000\u0001garbage'.repeat(100), 'not a places or links file'],
  ])('importFiles explains a file it cannot read (%s)', (name, text, reason) => {
    const r = importFiles([{name, text}], BASE);
    expect(r.links).toEqual([]);
    expect(r.problems[0]?.file).toBe(name);
    expect(r.problems[0]?.reason).toContain(reason);
  });

  it('importFiles reports a quote left open', () => {
    const r = importFiles(
      [{name: 'l.csv', text: `${LINKS_HEAD}\na,BY-HO,RU-TUL,agreement,2015,signed\nb,"BY-HO,RU-TUL,agreement,2015,signed\n`}],
      BASE,
    );
    expect(r.links.map((l) => l.id)).toEqual(['a']);
    expect(r.problems).toEqual([{file: 'l.csv', line: 3, reason: 'quote opened here is never closed'}]);
  });
});

describe('parsers under random input', () => {
  it('parseCsvRecords never throws and gives lines in order', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'я', '\uFEFF')}), (s) => {
        const {records} = parseCsvRecords(s, 'x');
        const lines = records.map((r) => r.line);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
      }),
      {numRuns: 500},
    );
  });

  it('importFiles never throws, and every row is either loaded or reported', () => {
    const cell = fc.oneof(
      fc.constantFrom('BY-HO', 'RU-TUL', 'XX', 'agreement', 'trade', 'signed', '2015', '1e999', 'NaN', '', '"'),
      fc.string({maxLength: 6}),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, {minLength: 6, maxLength: 6}), {maxLength: 20}), (rows) => {
        const text = [LINKS_HEAD, ...rows.map((r, i) => [`id${i}`, ...r.slice(1)].map((c) => c.replace(/[",\r\n]/g, '')).join(','))].join('\n');
        const r = importFiles([{name: 'p.csv', text}], BASE);
        const reported = new Set(r.problems.map((p) => p.line));
        rows.forEach((_, i) => {
          const loaded = r.links.some((l) => l.id === `id${i}`);
          expect(loaded || reported.has(i + 2)).toBe(true);
        });
      }),
      {numRuns: 300},
    );
  });
});
