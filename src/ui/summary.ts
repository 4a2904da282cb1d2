import {setAttr, setText} from './dom';
import type {Strings} from './i18n';

/** What is currently in view. */
export interface SummaryCounts {
  links: number;
  arcs: number;
  places: number;
}

/** Writes the counts in view into the `#summary` status element, as text and data attributes. */
export function renderSummary(el: HTMLElement, counts: SummaryCounts, strings: Strings): void {
  setAttr(el, 'data-links', String(counts.links));
  setAttr(el, 'data-arcs', String(counts.arcs));
  setAttr(el, 'data-places', String(counts.places));
  setText(el, `${strings.links(counts.links)} · ${strings.places(counts.places)}`);
}
