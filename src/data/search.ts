import type {Place} from './model';
import {normalizeName} from './names';

/** A place as the search sees it: every name folded for matching. */
export interface SearchEntry {
  id: string;
  keys: string[];
  weight: number;
}

/** Builds the search index: names in both languages, aliases and the id, folded. */
export function createSearchIndex(
  places: Iterable<Place>,
  weightOf: (id: string) => number,
): SearchEntry[] {
  return [...places].map((p) => ({
    id: p.id,
    keys: [...new Set([p.nameEn, p.nameRu, ...p.aliases, p.id].map(normalizeName).filter(Boolean))],
    weight: weightOf(p.id),
  }));
}

/**
 * Places matching the query in any spelling, case- and diacritic-insensitively: exact names first,
 * then names starting with the query, then names containing it; ties go to places with more links.
 */
export function searchPlaces(index: readonly SearchEntry[], query: string, limit = 8): string[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored: [string, number, number][] = [];
  for (const e of index) {
    let best = 0;
    for (const k of e.keys) {
      const s = k === q ? 3 : k.startsWith(q) ? 2 : k.includes(q) ? 1 : 0;
      if (s > best) best = s;
    }
    if (best) scored.push([e.id, best, e.weight]);
  }
  scored.sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, limit).map((s) => s[0]);
}
