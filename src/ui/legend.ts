import {select} from 'd3-selection';
import type {LinkType} from '../data/model';
import type {Strings} from './i18n';

/** One legend entry: a link type, its colour and how many drawn links have it. */
export interface LegendItem {
  type: LinkType;
  color: string;
  count: number;
}

/** Renders the legend of link types into `root`, keyed by type. */
export function renderLegend(root: HTMLElement, items: LegendItem[], strings: Strings): void {
  const box = select(root);
  box
    .selectAll('h2')
    .data([strings.legend])
    .join('h2')
    .text((d) => d);
  box
    .selectAll('ul')
    .data([items])
    .join('ul')
    .selectAll<HTMLLIElement, LegendItem>('li')
    .data(items, (d) => d.type)
    .join((enter) => {
      const li = enter.append('li');
      li.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
      li.append('span').attr('class', 'label');
      li.append('span').attr('class', 'count');
      return li;
    })
    .attr('data-type', (d) => d.type)
    .call((li) => li.select('.swatch').style('background', (d) => d.color))
    .call((li) => li.select('.label').text((d) => strings.types[d.type]))
    .call((li) => li.select('.count').text((d) => String(d.count)));
}
