import {select} from 'd3-selection';
import {LANGS, type Lang} from '../state/appState';
import {attrs, setAttr, setText, texts} from './dom';
import type {Strings} from './i18n';

/** The page's fixed elements. */
export interface Shell {
  doc: Document;
  map: HTMLElement;
  legend: HTMLElement;
  summary: HTMLElement;
  notices: HTMLElement;
  controls: HTMLElement;
  search: HTMLElement;
  filters: HTMLElement;
  details: HTMLElement;
  tooltip: HTMLElement;
  timeline: HTMLElement;
  empty: HTMLElement;
  toggle: HTMLButtonElement;
}

function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/** Finds the page's fixed elements. */
export function getShell(doc: Document): Shell {
  return {
    doc,
    map: byId(doc, 'map'),
    legend: byId(doc, 'legend'),
    summary: byId(doc, 'summary'),
    notices: byId(doc, 'notices'),
    controls: byId(doc, 'controls'),
    search: byId(doc, 'search'),
    filters: byId(doc, 'filters'),
    details: byId(doc, 'details'),
    tooltip: byId(doc, 'tooltip'),
    timeline: byId(doc, 'timeline'),
    empty: byId(doc, 'empty'),
    toggle: byId<HTMLButtonElement>(doc, 'toggle-controls'),
  };
}

/**
 * Writes the fixed texts of the page in the given language.
 * @param hrefFor - the address of the page in another language.
 */
export function renderShell(
  shell: Shell,
  lang: Lang,
  strings: Strings,
  hrefFor: (lang: Lang) => string,
): void {
  const {doc} = shell;
  setAttr(doc.documentElement, 'lang', lang);
  const title = `${strings.title} · ${strings.subtitle}`;
  if (doc.title !== title) doc.title = title;
  setText(byId(doc, 'title'), strings.title);
  setText(byId(doc, 'subtitle'), strings.subtitle);
  if (!shell.summary.textContent) shell.summary.textContent = strings.loading;
  setAttr(shell.toggle, 'aria-label', strings.showFilters);
  setAttr(shell.controls, 'aria-label', strings.filters);
  const nav = byId(doc, 'lang');
  setAttr(nav, 'aria-label', strings.language);
  select(nav)
    .selectAll<HTMLAnchorElement, Lang>('a')
    .data(LANGS, (d) => d)
    .join('a')
    .call(attrs('href', (d) => hrefFor(d)))
    .call(attrs('hreflang', (d) => d))
    .call(attrs('lang', (d) => d))
    .call(attrs('aria-current', (d) => (d === lang ? 'true' : null)))
    .call(texts((d) => d.toUpperCase()));
}

/** Shows a notice above the map. */
export function showNotice(shell: Shell, text: string): void {
  const p = shell.doc.createElement('p');
  p.className = 'notice';
  p.textContent = text;
  shell.notices.append(p);
}

/**
 * Replaces the map with an error message, and a retry button when `retry` is given; the tools and
 * the legend are hidden.
 */
export function showError(
  shell: Shell,
  text: string,
  retryLabel?: string,
  retry?: () => void,
): void {
  const box = shell.doc.createElement('div');
  box.className = 'error';
  box.setAttribute('role', 'alert');
  const p = shell.doc.createElement('p');
  p.textContent = text;
  box.append(p);
  if (retry && retryLabel) {
    const b = shell.doc.createElement('button');
    b.type = 'button';
    b.textContent = retryLabel;
    b.addEventListener('click', retry);
    box.append(b);
  }
  shell.map.replaceChildren(box);
  // Without data the tools and the legend have nothing to act on, and nothing is loading any more.
  shell.summary.textContent = '';
  shell.doc.body.dataset.failed = 'true';
}
