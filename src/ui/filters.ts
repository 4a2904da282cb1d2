import {select, type Selection} from 'd3-selection';
import {LEVELS, type Level} from '../state/appState';
import {attrs, setClass, setDisabled, setText, texts} from './dom';
import {formatCount} from './format';
import type {Strings} from './i18n';

/** One choice of a multi-select, with the number of links it would give. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  color?: string;
}

/** What the filter panel shows. */
export interface FilterPanelData {
  level: Level;
  types: FacetOption[];
  countries: FacetOption[];
  sectors: FacetOption[];
  statuses: FacetOption[];
  undated: boolean;
  canReset: boolean;
}

/** A list filter of the panel. */
export type FacetName = 'types' | 'countries' | 'sectors' | 'statuses';

/** What the panel's controls ask for. */
export interface FilterHandlers {
  onToggle(facet: FacetName, value: string, checked: boolean): void;
  onLevel(level: Level): void;
  onUndated(include: boolean): void;
  onReset(): void;
}

function renderFacet(
  root: Selection<HTMLElement, unknown, null, undefined>,
  name: FacetName,
  title: string,
  options: FacetOption[],
  handlers: FilterHandlers,
  locale: string,
): void {
  const fieldset = root
    .selectAll<HTMLFieldSetElement, FacetName>(`fieldset.facet-${name}`)
    .data([name])
    .join((enter) => {
      const f = enter.append('fieldset').attr('class', `facet facet-${name}`);
      f.append('legend');
      f.append('div').attr('class', 'options');
      return f;
    });
  setText(fieldset.select<HTMLElement>('legend').node(), title);
  fieldset
    .select('.options')
    .selectAll<HTMLLabelElement, FacetOption>('label')
    .data(options, (d) => d.value)
    .join((enter) => {
      const label = enter.append('label');
      label.append('input').attr('type', 'checkbox');
      label.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
      label.append('span').attr('class', 'name');
      label.append('span').attr('class', 'count');
      return label;
    })
    .each(function (d) {
      setClass(this, 'zero', d.count === 0 && !d.checked);
    })
    .call(attrs('data-value', (d) => d.value))
    .call((l) =>
      l
        .select<HTMLInputElement>('input')
        .property('checked', (d) => d.checked)
        .call(attrs('value', (d) => d.value))
        .on('change', function (_, d) {
          handlers.onToggle(name, d.value, this.checked);
        }),
    )
    .call((l) =>
      l
        .select<HTMLSpanElement>('.swatch')
        .style('display', (d) => (d.color ? null : 'none'))
        .style('background', (d) => d.color ?? null),
    )
    .call((l) => l.select('.name').call(texts((d) => d.label)))
    .call((l) => l.select('.count').call(texts((d) => formatCount(d.count, locale))));
}

/** Renders the filter panel: roll-up level, list filters with live counts, undated, reset. */
export function renderFilters(
  root: HTMLElement,
  data: FilterPanelData,
  strings: Strings,
  handlers: FilterHandlers,
): void {
  const box = select(root);
  const level = box
    .selectAll<HTMLFieldSetElement, Level>('fieldset.level')
    .data([data.level])
    .join((enter) => {
      const f = enter.append('fieldset').attr('class', 'level');
      f.append('legend');
      f.append('div').attr('class', 'segmented');
      return f;
    });
  setText(level.select<HTMLElement>('legend').node(), strings.level);
  level
    .select('.segmented')
    .selectAll<HTMLLabelElement, Level>('label')
    .data(LEVELS)
    .join((enter) => {
      const l = enter.append('label');
      l.append('input').attr('type', 'radio').attr('name', 'level');
      l.append('span');
      return l;
    })
    .call((l) =>
      l
        .select<HTMLInputElement>('input')
        .call(attrs('value', (d) => d))
        .property('checked', (d) => d === data.level)
        .on('change', (_, d) => handlers.onLevel(d)),
    )
    .call((l) => l.select('span').call(texts((d) => strings.levels[d])));

  renderFacet(box, 'types', strings.typesTitle, data.types, handlers, strings.locale);
  renderFacet(box, 'countries', strings.countriesTitle, data.countries, handlers, strings.locale);
  renderFacet(box, 'sectors', strings.sectorsTitle, data.sectors, handlers, strings.locale);
  renderFacet(box, 'statuses', strings.statusTitle, data.statuses, handlers, strings.locale);

  const undated = box
    .selectAll<HTMLLabelElement, boolean>('label.undated')
    .data([data.undated])
    .join((enter) => {
      const l = enter.append('label').attr('class', 'undated');
      l.append('input').attr('type', 'checkbox');
      l.append('span');
      return l;
    });
  undated
    .select<HTMLInputElement>('input')
    .property('checked', data.undated)
    .on('change', function () {
      handlers.onUndated(this.checked);
    });
  setText(undated.select<HTMLElement>('span').node(), strings.undated);

  box
    .selectAll<HTMLButtonElement, boolean>('button.reset')
    .data([data.canReset])
    .join((enter) => enter.append('button').attr('class', 'reset').attr('type', 'button'))
    .each(function (d) {
      setDisabled(this, !d);
    })
    .call(texts(() => strings.reset))
    .on('click', () => handlers.onReset());
}
