import {select} from 'd3-selection';
import type {Strings} from './i18n';

/** One link as a table row. */
export interface TableRow {
  id: string;
  from: string;
  to: string;
  type: string;
  year: number | null;
  years: string;
  title: string;
  value: string;
  sortValue: number | null;
  source: string;
}

type Column = 'from' | 'to' | 'type' | 'year' | 'title' | 'value' | 'source';
const COLUMNS: Column[] = ['from', 'to', 'type', 'year', 'title', 'value', 'source'];

/** The links table, sortable by any column. */
export interface LinkTable {
  update(rows: TableRow[], strings: Strings): void;
}

function compare(a: TableRow, b: TableRow, key: Column): number {
  if (key === 'year') return (a.year ?? -Infinity) - (b.year ?? -Infinity);
  if (key === 'value') return (a.sortValue ?? -Infinity) - (b.sortValue ?? -Infinity);
  return String(a[key]).localeCompare(String(b[key]));
}

/** Creates the table view of the links in view, the alternative to the map. */
export function createLinkTable(root: HTMLElement): LinkTable {
  let sort: {key: Column; dir: 1 | -1} = {key: 'year', dir: -1};
  let last: {rows: TableRow[]; strings: Strings} | null = null;
  const table = select(root).append('table');
  const caption = table.append('caption');
  const head = table.append('thead').append('tr');
  const body = table.append('tbody');

  function update(rows: TableRow[], strings: Strings): void {
    last = {rows, strings};
    caption.text(strings.links(rows.length));
    head
      .selectAll<HTMLTableCellElement, Column>('th')
      .data(COLUMNS)
      .join((enter) => {
        const th = enter.append('th').attr('scope', 'col');
        th.append('button').attr('type', 'button');
        return th;
      })
      .attr('aria-sort', (d) =>
        d === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : null,
      )
      .select('button')
      .text((d) => `${strings.columns[d]}${d === sort.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}`)
      .on('click', (_, d) => {
        sort = {key: d, dir: sort.key === d ? (sort.dir === 1 ? -1 : 1) : 1};
        if (last) update(last.rows, last.strings);
      });
    const sorted = [...rows].sort(
      (a, b) => sort.dir * compare(a, b, sort.key) || (a.id < b.id ? -1 : 1),
    );
    body
      .selectAll<HTMLTableRowElement, TableRow>('tr')
      .data(sorted, (d) => d.id)
      .join('tr')
      .order()
      .selectAll<HTMLTableCellElement, string>('td')
      .data((d) => [d.from, d.to, d.type, d.years, d.title, d.value, d.source])
      .join('td')
      .text((d) => d);
  }
  return {update};
}
