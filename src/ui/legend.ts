import {select, type Selection} from 'd3-selection';
import type {LinkType} from '../data/model';
import {setAttr, setText} from './dom';
import {formatCount} from './format';
import type {Strings} from './i18n';

/** What the legend explains. */
export interface LegendData {
  types: {type: LinkType; color: string; count: number}[];
  widths: {label: string; width: number}[];
  widthByValue: boolean;
  circles: {label: string; radius: number}[];
  /** Whether some circles stand for places nearby drawn as one ("+2"). */
  grouped?: boolean;
  classes: {label: string; color: string}[];
}

const SECTIONS = ['types', 'widths', 'circles', 'classes'] as const;
type Section = (typeof SECTIONS)[number];

/** The legend's elements, made on its first render and kept: a render changes only what differs. */
function getSkeleton(root: HTMLElement): Selection<HTMLDetailsElement, unknown, null, undefined> {
  const found = root.querySelector<HTMLDetailsElement>(':scope > details');
  if (found) return select(found);
  // Open by default where there is room for it beside the map; a reader's choice then sticks.
  const wide = (root.ownerDocument.defaultView?.innerWidth ?? 1024) >= 700;
  root.dataset.open ??= String(wide);
  const details = select(root)
    .append('details')
    .property('open', root.dataset.open !== 'false');
  details.on('toggle', function () {
    root.dataset.open = String((this as HTMLDetailsElement).open);
  });
  details.append('summary');
  for (const name of SECTIONS) {
    details.append('h3').attr('data-section', name);
    details.append('ul').attr('class', name);
    if (name === 'types') details.append('p').attr('class', 'note');
  }
  return details;
}

/**
 * Renders the legend: type colours, arc widths, circle sizes and the regions' classes. Its
 * elements are kept from one render to the next, so a reader's focus in it stays where it was.
 */
export function renderLegend(root: HTMLElement, data: LegendData, strings: Strings): void {
  const details = getSkeleton(root);
  const node = details.node() as HTMLDetailsElement;
  setText(node.querySelector('summary'), strings.legend);
  const titles: Record<Section, string> = {
    types: strings.legendTypes,
    widths: data.widthByValue ? strings.legendWidthValue : strings.legendWidth,
    circles: data.grouped ? strings.legendCirclesGrouped : strings.legendCircles,
    classes: strings.legendRegions,
  };
  const sizes: Record<Section, number> = {
    types: data.types.length,
    widths: data.widths.length,
    circles: data.circles.length,
    classes: data.classes.length,
  };
  for (const name of SECTIONS) {
    const h3 = node.querySelector(`h3[data-section="${name}"]`);
    setText(h3, titles[name]);
    // An empty section is hidden, not removed, so the next render finds it.
    for (const el of [h3, node.querySelector(`ul.${name}`)])
      el?.toggleAttribute('hidden', !sizes[name]);
  }
  setText(node.querySelector('.note'), strings.legendDashed);

  details
    .select('ul.types')
    .selectAll<HTMLLIElement, LegendData['types'][number]>('li')
    .data(data.types, (d) => d.type)
    .join((enter) => {
      const li = enter.append('li').attr('data-type', (d) => d.type);
      li.append('span')
        .attr('class', 'swatch')
        .attr('aria-hidden', 'true')
        .style('background', (d) => d.color);
      li.append('span').attr('class', 'label');
      li.append('span').attr('class', 'count');
      return li;
    })
    .each(function (d) {
      setText(this.querySelector('.label'), strings.types[d.type]);
      setText(this.querySelector('.count'), formatCount(d.count, strings.locale));
    });

  const list = <T>(name: Section, items: T[], mark: string, draw: (el: Element, d: T) => void) =>
    details
      .select(`ul.${name}`)
      .selectAll<HTMLLIElement, T>('li')
      .data(items)
      .join((enter) => {
        const li = enter.append('li');
        li.append('span').attr('class', mark);
        li.append('span').attr('class', 'text');
        return li;
      })
      .each(function (d) {
        draw(this.firstElementChild as Element, d);
      });
  list('widths', data.widths, 'line', (line, d) => {
    setAttr(line, 'style', `height: ${d.width}px`);
    setText(line.nextElementSibling, d.label);
  });
  list('circles', data.circles, 'circle', (circle, d) => {
    setAttr(circle, 'style', `width: ${2 * d.radius}px; height: ${2 * d.radius}px`);
    setText(circle.nextElementSibling, d.label);
  });
  list('classes', data.classes, 'swatch box', (swatch, d) => {
    setAttr(swatch, 'style', `background: ${d.color}`);
    setText(swatch.nextElementSibling, d.label);
  });
}
