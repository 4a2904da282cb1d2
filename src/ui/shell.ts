import {select} from 'd3-selection';
import {LANGS, type Lang} from '../state/appState';
import type {Strings} from './i18n';

/** The page's fixed elements. */
export interface Shell {
  doc: Document;
  map: HTMLElement;
  legend: HTMLElement;
  summary: HTMLElement;
  notices: HTMLElement;
}

function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
}

/** Fills the page's fixed elements with the strings of the given language. */
export function renderShell(doc: Document, lang: Lang, strings: Strings): Shell {
  doc.documentElement.lang = lang;
  doc.title = `${strings.title} · ${strings.subtitle}`;
  byId(doc, 'title').textContent = strings.title;
  byId(doc, 'subtitle').textContent = strings.subtitle;
  const summary = byId(doc, 'summary');
  if (!summary.textContent) summary.textContent = strings.loading;
  const nav = byId(doc, 'lang');
  nav.setAttribute('aria-label', strings.language);
  select(nav)
    .selectAll<HTMLAnchorElement, Lang>('a')
    .data(LANGS, (d) => d)
    .join('a')
    .attr('href', (d) => {
      const params = new URLSearchParams(doc.location.search);
      if (d === 'en') params.delete('lang');
      else params.set('lang', d);
      const s = params.toString();
      return s ? `?${s}` : doc.location.pathname;
    })
    .attr('hreflang', (d) => d)
    .attr('aria-current', (d) => (d === lang ? 'true' : null))
    .text((d) => d.toUpperCase());
  return {
    doc,
    map: byId(doc, 'map'),
    legend: byId(doc, 'legend'),
    summary,
    notices: byId(doc, 'notices'),
  };
}

/** Shows a dismissible notice above the map. */
export function showNotice(shell: Shell, text: string): void {
  const p = shell.doc.createElement('p');
  p.className = 'notice';
  p.textContent = text;
  shell.notices.append(p);
}

/** Replaces the map with an error message, and a retry button when `retry` is given. */
export function showError(shell: Shell, text: string, retry?: () => void): void {
  const box = shell.doc.createElement('div');
  box.className = 'error';
  box.setAttribute('role', 'alert');
  const p = shell.doc.createElement('p');
  p.textContent = text;
  box.append(p);
  if (retry) {
    const b = shell.doc.createElement('button');
    b.type = 'button';
    b.textContent = shell.doc.documentElement.lang === 'ru' ? 'Повторить' : 'Retry';
    b.addEventListener('click', retry);
    box.append(b);
  }
  shell.map.replaceChildren(box);
}
