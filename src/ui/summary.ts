import type {Strings} from './i18n';

/** What is currently drawn. */
export interface SummaryCounts {
  links: number;
  places: number;
}

/** Writes the drawn counts into the `#summary` status element, as text and data attributes. */
export function renderSummary(el: HTMLElement, counts: SummaryCounts, strings: Strings): void {
  el.dataset.links = String(counts.links);
  el.dataset.places = String(counts.places);
  el.textContent = `${strings.links(counts.links)} · ${strings.places(counts.places)}`;
}
