import {select} from 'd3-selection';
import type {Strings} from './i18n';

/** One fact as the side panel lists it. */
export interface FactItem {
  id: string;
  color: string;
  typeLabel: string;
  title: string;
  years: string;
  status: string;
  sectors: string;
  value: string | null;
  quote: string;
  source: string;
}

/** One partner of a place, with the pair it opens. */
export interface PartnerItem {
  key: string;
  name: string;
  count: number;
}

/** What the side panel shows: every fact of a pair, or the partners of a place. */
export type DetailsContent =
  | {kind: 'pair'; title: string; subtitle: string; facts: FactItem[]}
  | {kind: 'place'; title: string; subtitle: string; partners: PartnerItem[]; total: number};

/** What the side panel asks for. */
export interface DetailsHandlers {
  onClose(): void;
  onPartner(key: string): void;
}

/** Renders the side panel, or hides it when there is nothing selected. */
export function renderDetails(
  root: HTMLElement,
  content: DetailsContent | null,
  strings: Strings,
  handlers: DetailsHandlers,
): void {
  const box = select(root);
  root.hidden = !content;
  box.selectAll('*').remove();
  if (!content) return;
  const head = box.append('header');
  head.append('h2').attr('id', 'details-title').text(content.title);
  head
    .append('button')
    .attr('type', 'button')
    .attr('class', 'close')
    .attr('aria-label', strings.close)
    .attr('title', strings.close)
    .text('×')
    .on('click', () => handlers.onClose());
  box.append('p').attr('class', 'subtitle').text(content.subtitle);
  if (content.kind === 'pair') {
    const li = box
      .append('ol')
      .attr('class', 'facts')
      .selectAll('li')
      .data(content.facts, (d) => (d as FactItem).id)
      .join('li');
    const top = li.append('div').attr('class', 'fact-head');
    top
      .append('span')
      .attr('class', 'type')
      .style('border-color', (d) => d.color)
      .text((d) => d.typeLabel);
    top
      .append('span')
      .attr('class', 'years')
      .text((d) => d.years);
    top
      .append('span')
      .attr('class', 'status')
      .text((d) => d.status);
    li.append('p')
      .attr('class', 'fact-title')
      .text((d) => d.title);
    li.filter((d) => !!d.value)
      .append('p')
      .attr('class', 'value')
      .text((d) => d.value ?? '');
    li.append('p')
      .attr('class', 'sectors')
      .text((d) => d.sectors);
    const q = li.append('figure').attr('class', 'quote');
    q.append('blockquote').text((d) => d.quote);
    q.append('figcaption').text((d) => d.source);
  } else {
    box
      .append('p')
      .attr('class', 'total')
      .text(`${strings.total}: ${strings.links(content.total)}`);
    box.append('h3').text(strings.partners);
    const li = box
      .append('ol')
      .attr('class', 'partners')
      .selectAll('li')
      .data(content.partners, (d) => (d as PartnerItem).key)
      .join('li');
    const b = li
      .append('button')
      .attr('type', 'button')
      .on('click', (_, d) => handlers.onPartner(d.key));
    b.append('span')
      .attr('class', 'name')
      .text((d) => d.name);
    b.append('span')
      .attr('class', 'count')
      .text((d) => String(d.count));
  }
}
