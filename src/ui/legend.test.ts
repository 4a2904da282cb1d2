// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {STRINGS} from './i18n';
import {renderLegend, type LegendData} from './legend';

const en = STRINGS.en;

function legendData(counts: [number, number], classes = 2): LegendData {
  return {
    types: [
      {type: 'twinning', color: '#0072B2', count: counts[0]},
      {type: 'trade', color: '#E69F00', count: counts[1]},
    ],
    widths: [{label: '1', width: 1.5}],
    widthByValue: false,
    circles: [{label: '10', radius: 4}],
    classes: Array.from({length: classes}, (_, i) => ({label: `${i + 1}+`, color: '#f6e8c8'})),
  };
}

function texts(root: HTMLElement, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

describe('renderLegend', () => {
  it('keeps its elements from one render to the next, so focus in it stays', () => {
    const root = document.createElement('div');
    document.body.append(root);
    renderLegend(root, legendData([3, 5]), en);
    const summary = root.querySelector('summary') as HTMLElement;
    summary.tabIndex = 0;
    summary.focus();
    renderLegend(root, legendData([4, 1200]), en);
    expect(root.querySelector('summary')).toBe(summary);
    expect(document.activeElement).toBe(summary);
    expect(texts(root, '.types .count')).toEqual(['4', (1200).toLocaleString()]);
    expect(texts(root, '.types .label')).toEqual(['Twinning', 'Trade']);
  });

  it('changes nothing in the page when nothing it shows changed', () => {
    const root = document.createElement('div');
    renderLegend(root, legendData([3, 5]), en);
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
    renderLegend(root, legendData([3, 5]), en);
    seen.push(...observer.takeRecords());
    observer.disconnect();
    expect(seen).toEqual([]);
  });

  it('hides a section without entries and shows it again when they come back', () => {
    const root = document.createElement('div');
    renderLegend(root, legendData([3, 5], 0), en);
    const title = root.querySelector('h3[data-section="classes"]') as HTMLElement;
    expect(title.hidden).toBe(true);
    expect((root.querySelector('ul.classes') as HTMLElement).hidden).toBe(true);
    renderLegend(root, legendData([3, 5], 3), en);
    expect(title.hidden).toBe(false);
    expect(title.textContent).toBe(en.legendRegions);
    expect(texts(root, '.classes li')).toEqual(['1+', '2+', '3+']);
  });

  it('follows the language of the strings given', () => {
    const root = document.createElement('div');
    renderLegend(root, legendData([3, 5]), en);
    renderLegend(root, legendData([3, 5]), STRINGS.ru);
    expect(root.querySelector('summary')?.textContent).toBe('Легенда');
    expect(texts(root, '.types .label')).toEqual([
      STRINGS.ru.types.twinning,
      STRINGS.ru.types.trade,
    ]);
  });
});
