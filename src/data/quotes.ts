import type {QuoteCheck} from './validate';

/** A document with whitespace collapsed, and the source line of every character. */
export interface CollapsedDocument {
  text: string;
  lineOf: Uint32Array;
}

/** Collapses every run of whitespace to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Collapses a document's whitespace, remembering the 1-based line of each character. */
export function collapseDocument(text: string): CollapsedDocument {
  const parts: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const c = collapseWhitespace(raw);
    if (!c) return;
    if (parts.length) {
      parts.push(' ');
      lines.push(i + 1);
    }
    parts.push(c);
    for (let k = 0; k < c.length; k++) lines.push(i + 1);
  });
  return {text: parts.join(''), lineOf: Uint32Array.from(lines)};
}

/** Lines (1-based) on which the quote starts in the document; empty when it does not occur. */
export function getQuoteLines(doc: CollapsedDocument, quote: string): number[] {
  const q = collapseWhitespace(quote);
  const found: number[] = [];
  if (!q) return found;
  for (let at = doc.text.indexOf(q); at >= 0; at = doc.text.indexOf(q, at + 1)) {
    found.push(doc.lineOf[at] ?? 0);
  }
  return found;
}

/**
 * A quote check for the validator: the quote must occur in its source document after collapsing
 * whitespace, starting on the stated line. Documents are read once each through `readDocument`,
 * which returns null for a missing one.
 */
export function createQuoteCheck(readDocument: (source: string) => string | null): QuoteCheck {
  const docs = new Map<string, CollapsedDocument | null>();
  return (source, quote, line) => {
    if (!/^[\w.-]+$/.test(source)) return `source "${source}" is not a file name`;
    if (!docs.has(source)) {
      const text = readDocument(source);
      docs.set(source, text == null ? null : collapseDocument(text));
    }
    const doc = docs.get(source);
    if (!doc) return `source document ${source} not found`;
    const lines = getQuoteLines(doc, quote);
    if (!lines.length) return `quote not found in ${source}`;
    if (!lines.includes(line))
      return `quote starts on line ${lines.join(' or ')} of ${source}, not ${line}`;
    return null;
  };
}
