import type {Problem} from './model';

/** A CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A CSV row keyed by header column, with the line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** Result of reading a CSV file. */
export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  problems: Problem[];
}

/** A run of characters with no meaning to CSV, from where it is set to start. */
const PLAIN = /[^,"\r\n]+/y;

/**
 * Splits RFC 4180 text into records, tracking the line each one starts on.
 * Accepts LF and CRLF line ends and a leading BOM; a quote left open is reported, not thrown.
 * A line without quotes or lone carriage returns is split at its commas in one step; any other
 * record is read field by field, each run of plain characters or quoted text in one step.
 */
export function parseCsvRecords(
  text: string,
  file: string,
): {records: CsvRecord[]; problems: Problem[]} {
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  const keep = (fields: string[], line: number) => {
    if (fields.length > 1 || fields[0] !== '') records.push({line, fields});
  };
  // Where the next quote and carriage return are, looked up again only once passed.
  const after = (c: string, i: number) => {
    const j = src.indexOf(c, i);
    return j < 0 ? n : j;
  };
  let quote = after('"', 0);
  let cr = after('\r', 0);
  let line = 1;
  let i = 0;
  while (i < n) {
    if (quote < i) quote = after('"', i);
    if (cr < i) cr = after('\r', i);
    const nl = after('\n', i);
    const end = cr === nl - 1 ? cr : nl;
    if (quote >= nl && (cr >= nl || cr === nl - 1)) {
      keep(src.slice(i, end).split(','), line);
      line++;
      i = nl + 1;
      continue;
    }
    // A record with quotes, or ended by a lone carriage return.
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let quoteLine = line;
    let ended = false;
    for (; i < n && !ended; i++) {
      if (quoted) {
        // Everything up to the next quote is the field's, line ends and all.
        const q = src.indexOf('"', i);
        const stop = q < 0 ? n : q;
        if (stop > i) {
          const chunk = src.slice(i, stop);
          for (let j = chunk.indexOf('\n'); j >= 0; j = chunk.indexOf('\n', j + 1)) line++;
          field += chunk.includes('\r') ? chunk.replace(/\r\n/g, '\n') : chunk;
          i = stop;
          if (i >= n) break;
        }
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
        continue;
      }
      PLAIN.lastIndex = i;
      if (PLAIN.test(src)) {
        field += src.slice(i, PLAIN.lastIndex);
        i = PLAIN.lastIndex;
        if (i >= n) break;
      }
      const c = src[i];
      if (c === '"' && field === '') {
        quoted = true;
        quoteLine = line;
      } else if (c === ',') {
        fields.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && src[i + 1] === '\n') i++;
        ended = true;
        line++;
      } else field += c;
    }
    if (quoted) {
      problems.push({file, line: quoteLine, reason: 'quote opened here is never closed'});
      break;
    }
    if (ended || field !== '' || fields.length) {
      fields.push(field);
      keep(fields, start);
    }
  }
  return {records, problems};
}

/**
 * Reads a CSV file with a header row into keyed rows.
 * Rows with a different number of fields than the header are reported and left out.
 */
export function parseCsvTable(text: string, file: string, required: readonly string[]): CsvTable {
  const {records, problems} = parseCsvRecords(text, file);
  const [header, ...body] = records;
  if (!header) {
    problems.unshift({file, line: 1, reason: 'file is empty: a header row is required'});
    return {columns: [], rows: [], problems};
  }
  const columns = header.fields.map((c) => c.trim());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    const hint =
      columns.length === 1 && /[;\t|]/.test(columns[0] ?? '')
        ? ' (the file seems to use another delimiter than a comma)'
        : '';
    problems.unshift({
      file,
      line: header.line,
      reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}${hint}`,
    });
    return {columns, rows: [], problems};
  }
  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.fields.length !== columns.length) {
      problems.push({
        file,
        line: r.line,
        reason: `has ${r.fields.length} fields, the header has ${columns.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) values[columns[i] ?? ''] = (r.fields[i] ?? '').trim();
    rows.push({line: r.line, values});
  }
  problems.sort((a, b) => a.line - b.line);
  return {columns, rows, problems};
}
