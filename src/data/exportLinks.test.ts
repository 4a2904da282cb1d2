import {describe, expect, it} from 'vitest';
import {makeLink} from '../../tests/helpers/factories';
import {parseCsvTable} from './parse';
import {formatLinksCsv, formatLinksGeoJson} from './exportLinks';
import {LINK_COLUMNS} from './model';

describe('formatLinksCsv', () => {
  it('formatLinksCsv(links) reads back with the same columns and quoted text intact', () => {
    const links = [
      makeLink({id: 'a', quote: 'He said, "twin towns"\nin 2010', sectors: ['culture', 'education']}),
      makeLink({id: 'b', year: null, value: 1.5e9, unit: 'USD', measure: 'turnover'}),
    ];
    const t = parseCsvTable(formatLinksCsv(links), 'x.csv', LINK_COLUMNS);
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => r.values.quote)).toEqual(['He said, "twin towns"\nin 2010', 'q'.repeat(40)]);
    expect(t.rows[1]?.values.value).toBe('1500000000');
    expect(t.rows[0]?.values.sectors).toBe('culture;education');
  });
});

describe('formatLinksGeoJson', () => {
  it('formatLinksGeoJson(links) draws a line per link with known places', () => {
    const fc = JSON.parse(
      formatLinksGeoJson([makeLink({id: 'a'}), makeLink({id: 'b', to: 'XX'})], new Map([
        ['BY-VI', [29, 55]],
        ['RU-PSK', [29, 57]],
      ])),
    );
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.coordinates).toEqual([[29, 55], [29, 57]]);
    expect(fc.features[0].properties.source).toBe('sample.txt');
  });
});
