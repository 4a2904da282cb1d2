import {select} from 'd3-selection';
import type {Strings} from './i18n';

/** A search result as shown: the place id, its name and where it lies. */
export interface SearchResult {
  id: string;
  name: string;
  detail: string;
}

/** The place search box. */
export interface SearchBox {
  setStrings(strings: Strings): void;
}

/**
 * Creates a search combobox: type a name, pick a result with the mouse or arrow keys and Enter.
 * @param find - results for a query.
 * @param onChoose - called with the chosen place id.
 */
export function createSearch(
  root: HTMLElement,
  find: (query: string) => SearchResult[],
  onChoose: (id: string) => void,
): SearchBox {
  const doc = root.ownerDocument;
  const box = select(root);
  const label = box.append('label').attr('for', 'search-input').attr('class', 'search-label');
  const input = box
    .append('input')
    .attr('id', 'search-input')
    .attr('type', 'search')
    .attr('role', 'combobox')
    .attr('aria-autocomplete', 'list')
    .attr('aria-controls', 'search-results')
    .attr('aria-expanded', 'false')
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false');
  const list = box.append('ul').attr('id', 'search-results').attr('role', 'listbox');
  let strings: Strings | null = null;
  let results: SearchResult[] = [];
  let active = -1;

  function render(): void {
    const el = input.node() as HTMLInputElement;
    const empty = el.value.trim() !== '' && !results.length;
    input.attr('aria-expanded', String(results.length > 0 || empty));
    input.attr('aria-activedescendant', active >= 0 ? `search-option-${active}` : null);
    list
      .selectAll<HTMLLIElement, SearchResult | null>('li')
      .data<SearchResult | null>(empty ? [null] : results)
      .join('li')
      .attr('id', (_, i) => `search-option-${i}`)
      .attr('role', (d) => (d ? 'option' : 'status'))
      .attr('aria-selected', (_, i) => String(i === active))
      .classed('active', (_, i) => i === active)
      .each(function (d) {
        const li = select(this);
        li.selectAll('*').remove();
        if (!d) {
          li.text(strings?.noMatch ?? '');
          return;
        }
        li.text(null);
        li.append('span').attr('class', 'name').text(d.name);
        li.append('span').attr('class', 'detail').text(d.detail);
      })
      .on('mousedown', (e: MouseEvent, d) => {
        e.preventDefault();
        if (d) choose(d.id);
      });
  }

  function choose(id: string): void {
    (input.node() as HTMLInputElement).value = '';
    results = [];
    active = -1;
    render();
    onChoose(id);
  }

  input.on('input', function () {
    results = find((this as HTMLInputElement).value);
    active = results.length ? 0 : -1;
    render();
  });
  input.on('keydown', (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      render();
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      choose((results[active] as SearchResult).id);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      (input.node() as HTMLInputElement).value = '';
      results = [];
      render();
    }
  });
  input.on('blur', () => {
    doc.defaultView?.setTimeout(() => {
      results = [];
      render();
    }, 0);
  });

  return {
    setStrings(s) {
      strings = s;
      label.text(s.search);
      input.attr('placeholder', s.searchHint);
    },
  };
}
