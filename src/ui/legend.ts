import {select} from 'd3-selection';
import type {LinkType} from '../data/model';
import type {Strings} from './i18n';

/** What the legend explains. */
export interface LegendData {
  types: {type: LinkType; color: string; count: number}[];
  widths: {label: string; width: number}[];
  widthByValue: boolean;
  circles: {label: string; radius: number}[];
  classes: {label: string; color: string}[];
}

/** Renders the legend: type colours, arc widths, circle sizes and the regions' classes. */
export function renderLegend(root: HTMLElement, data: LegendData, strings: Strings): void {
  const box = select(root);
  box.selectAll('*').remove();
  // Open by default where there is room for it beside the map; a reader's choice then sticks.
  const wide = (root.ownerDocument.defaultView?.innerWidth ?? 1024) >= 700;
  root.dataset.open ??= String(wide);
  const details = box.append('details').property('open', root.dataset.open !== 'false');
  details.on('toggle', function () {
    root.dataset.open = String((this as HTMLDetailsElement).open);
  });
  details.append('summary').text(strings.legend);

  details.append('h3').text(strings.legendTypes);
  const types = details.append('ul').attr('class', 'types');
  const li = types
    .selectAll('li')
    .data(data.types)
    .join('li')
    .attr('data-type', (d) => d.type);
  li.append('span')
    .attr('class', 'swatch')
    .attr('aria-hidden', 'true')
    .style('background', (d) => d.color);
  li.append('span')
    .attr('class', 'label')
    .text((d) => strings.types[d.type]);
  li.append('span')
    .attr('class', 'count')
    .text((d) => d.count.toLocaleString());
  details.append('p').attr('class', 'note').text(strings.legendDashed);

  if (data.widths.length) {
    details.append('h3').text(data.widthByValue ? strings.legendWidthValue : strings.legendWidth);
    const w = details.append('ul').attr('class', 'widths');
    const wl = w.selectAll('li').data(data.widths).join('li');
    wl.append('span')
      .attr('class', 'line')
      .style('height', (d) => `${d.width}px`);
    wl.append('span').text((d) => d.label);
  }
  if (data.circles.length) {
    details.append('h3').text(strings.legendCircles);
    const c = details.append('ul').attr('class', 'circles');
    const cl = c.selectAll('li').data(data.circles).join('li');
    cl.append('span')
      .attr('class', 'circle')
      .style('width', (d) => `${2 * d.radius}px`)
      .style('height', (d) => `${2 * d.radius}px`);
    cl.append('span').text((d) => d.label);
  }
  if (data.classes.length) {
    details.append('h3').text(strings.legendRegions);
    const r = details.append('ul').attr('class', 'classes');
    const rl = r.selectAll('li').data(data.classes).join('li');
    rl.append('span')
      .attr('class', 'swatch box')
      .style('background', (d) => d.color);
    rl.append('span').text((d) => d.label);
  }
}
