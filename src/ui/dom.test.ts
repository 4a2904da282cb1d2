// @vitest-environment jsdom
import {select} from 'd3-selection';
import {describe, expect, it} from 'vitest';
import {attrs, setAttr, setText, texts} from './dom';
import {STRINGS} from './i18n';
import {renderFilters, type FilterPanelData} from './filters';
import {renderShell, type Shell} from './shell';
import {renderSummary} from './summary';

/** Mutation records of everything under `root` while `f` runs, as "type target name". */
async function mutations(root: Node, f: () => void): Promise<string[]> {
  const out: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      out.push(`${r.type} ${(r.target as Element).nodeName} ${r.attributeName ?? ''}`);
  });
  observer.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
  f();
  await Promise.resolve();
  out.push(...observer.takeRecords().map((r) => `${r.type} ${r.target.nodeName}`));
  observer.disconnect();
  return out;
}

describe('writes that leave the page as it is', () => {
  it('change a text or an attribute only where it differs', async () => {
    const p = document.createElement('p');
    setText(p, 'one');
    setAttr(p, 'lang', 'en');
    expect(await mutations(p, () => (setText(p, 'one'), setAttr(p, 'lang', 'en')))).toEqual([]);
    expect(await mutations(p, () => setText(p, 'two'))).toHaveLength(1);
    expect(p.textContent).toBe('two');
    expect(await mutations(p, () => setAttr(p, 'lang', null))).toHaveLength(1);
    expect(p.hasAttribute('lang')).toBe(false);
    expect(await mutations(p, () => setAttr(p, 'lang', null))).toEqual([]);
  });

  it('do the same through a selection', async () => {
    const ul = document.createElement('ul');
    const items = select(ul)
      .selectAll<HTMLLIElement, string>('li')
      .data(['a', 'b'])
      .join('li')
      .call(texts((d) => d.toUpperCase()))
      .call(attrs('data-id', (d) => d));
    expect(ul.innerHTML).toBe('<li data-id="a">A</li><li data-id="b">B</li>');
    const again = await mutations(ul, () =>
      items
        .call(texts((d) => d.toUpperCase()))
        .call(attrs('data-id', (d) => (d === 'b' ? null : d))),
    );
    expect(again).toEqual(['attributes LI data-id']);
  });

  it('leave the page, its counts and its filters untouched when a view is rendered again', async () => {
    document.body.innerHTML = `<h1 id="title"></h1><p id="subtitle"></p><nav id="lang"></nav>
      <button id="toggle"></button><aside id="controls"></aside><div id="summary"></div><div id="filters"></div>`;
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    const shell = {
      doc: document,
      summary: byId('summary'),
      toggle: byId('toggle'),
      controls: byId('controls'),
    };
    const option = (value: string, count: number) => ({value, label: value, count, checked: false});
    const data: FilterPanelData = {
      level: 'city',
      types: [option('trade', 3)],
      countries: [option('RU', 2), option('UZ', 1)],
      sectors: [option('energy', 0)],
      statuses: [],
      undated: true,
      canReset: false,
    };
    const handlers = {onToggle() {}, onLevel() {}, onUndated() {}, onReset() {}};
    const render = () => {
      renderShell(shell as unknown as Shell, 'en', STRINGS.en, (l) => `?lang=${l}`);
      renderSummary(byId('summary'), {links: 3, arcs: 2, places: 3}, STRINGS.en);
      renderFilters(byId('filters'), data, STRINGS.en, handlers);
    };
    render();
    expect(document.documentElement.lang).toBe('en');
    expect(byId('summary').dataset.links).toBe('3');
    expect(await mutations(document.documentElement, render)).toEqual([]);
  });
});
