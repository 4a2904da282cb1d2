import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseCsvRecords, parseCsvTable} from './parse';

describe('parseCsvRecords', () => {
  it('parseCsvRecords(text) reads quoted fields with commas, quotes and line breaks', () => {
    const {records, problems} = parseCsvRecords('a,b\n"x, ""y""","two\nlines"\nz,w\n', 'f.csv');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {line: 1, fields: ['a', 'b']},
      {line: 2, fields: ['x, "y"', 'two\nlines']},
      {line: 4, fields: ['z', 'w']},
    ]);
  });

  it('parseCsvRecords(text) accepts CRLF and a BOM', () => {
    const {records} = parseCsvRecords('\uFEFFa,b\r\n1,2\r\n', 'f.csv');
    expect(records).toEqual([
      {line: 1, fields: ['a', 'b']},
      {line: 2, fields: ['1', '2']},
    ]);
  });

  it('parseCsvRecords(text) reports a quote left open with its line', () => {
    const {records, problems} = parseCsvRecords('a,b\n1,2\n3,"open\n4,5\n', 'f.csv');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(problems).toEqual([{file: 'f.csv', line: 3, reason: 'quote opened here is never closed'}]);
  });

  it('parseCsvRecords(text) skips blank lines but keeps counting them', () => {
    const {records} = parseCsvRecords('a\n\n1\n', 'f.csv');
    expect(records).toEqual([
      {line: 1, fields: ['a']},
      {line: 3, fields: ['1']},
    ]);
  });
});

/** Character by character, the plain reading of RFC 4180 that the fast paths must agree with. */
function readSlowly(text: string): {line: number; fields: string[]}[] {
  const out: {line: number; fields: string[]}[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  const end = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') out.push({line: start, fields});
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        if (!(c === '\r' && src[i + 1] === '\n')) field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      end();
      line++;
      start = line;
    } else field += c;
  }
  if (!quoted && (field !== '' || fields.length)) end();
  return out;
}

describe('parseCsvRecords against a reading character by character', () => {
  it.each([
    ['plain lines', 'a,b,c\n1,2,3\n4,5,6'],
    ['CRLF, blank lines and no final line end', 'a,b\r\n\r\n1,2\r\n\n3,4'],
    ['lone carriage returns', 'a,b\r1,2\r\n3,4\r'],
    ['quotes inside and after text', 'a,b\nx"y,"q""r"s\n"",""\n'],
    ['quoted line breaks of both kinds', 'a,b\n"1\r\n2","3\n4"\n5,6\n'],
    ['a quote after a multi-line field', 'a,b\n"1\n2",3\n"4","5\n6"\r\n7,8'],
    ['empty fields and trailing commas', ',\n,,\na,\n,b\n'],
    ['a BOM', '\uFEFFid,kind\nx,y\n'],
  ])('%s', (_, text) => {
    const {records, problems} = parseCsvRecords(text, 'f.csv');
    expect(problems).toEqual([]);
    expect(records).toEqual(readSlowly(text));
  });

  it('agrees on any text of commas, quotes, line ends and letters', () => {
    const text = fc
      .array(fc.constantFrom('a', 'bc', ',', '"', '""', '\n', '\r', '\r\n', 'Я'), {maxLength: 40})
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const {records, problems} = parseCsvRecords(t, 'f.csv');
        // A quote left open ends the reading there; the records before it are the same.
        const expected = readSlowly(t);
        expect(records).toEqual(problems.length ? expected.slice(0, records.length) : expected);
      }),
      {numRuns: 2000},
    );
  });

  it('reports a quote opened after a multi-line field on its own line', () => {
    const {records, problems} = parseCsvRecords('a,b\n"1\n2","open\n3,4\n', 'f.csv');
    expect(records.map((r) => r.line)).toEqual([1]);
    expect(problems).toEqual([{file: 'f.csv', line: 3, reason: 'quote opened here is never closed'}]);
  });
});

describe('parseCsvTable', () => {
  it('parseCsvTable(text) reports an empty file', () => {
    expect(parseCsvTable('', 'f.csv', ['id']).problems).toEqual([
      {file: 'f.csv', line: 1, reason: 'file is empty: a header row is required'},
    ]);
  });

  it('parseCsvTable(text) names missing columns and suspects another delimiter', () => {
    expect(parseCsvTable('id;name\n1;a\n', 'f.csv', ['id', 'name']).problems).toEqual([
      {
        file: 'f.csv',
        line: 1,
        reason: 'missing columns id, name (the file seems to use another delimiter than a comma)',
      },
    ]);
  });

  it('parseCsvTable(text) reports rows of the wrong width and keeps the others', () => {
    const t = parseCsvTable('id,name\n1,a\n2\n3,c\n', 'f.csv', ['id']);
    expect(t.rows.map((r) => r.values.id)).toEqual(['1', '3']);
    expect(t.problems).toEqual([{file: 'f.csv', line: 3, reason: 'has 1 fields, the header has 2'}]);
  });
});
