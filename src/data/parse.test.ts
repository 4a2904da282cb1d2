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
