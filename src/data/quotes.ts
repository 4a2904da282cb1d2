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
