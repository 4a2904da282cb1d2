import type {Strings} from './i18n';

/** What is currently in view. */
export interface SummaryCounts {
  links: number;
  arcs: number;
  places: number;
}

/** Writes the counts in view into the `#summary` status element, as text and data attributes. */
export function renderSummary(el: HTMLElement, counts: SummaryCounts, strings: Strings): void {
  el.dataset.links = String(counts.links);
  el.dataset.arcs = String(counts.arcs);
  el.dataset.places = String(counts.places);
  el.textContent = `${strings.links(counts.links)} · ${strings.places(counts.places)}`;
}
