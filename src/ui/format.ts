import type {Link} from '../data/model';
import type {Strings} from './i18n';

/** A link's figure with its unit, formatted for the language (e.g. "$1.2 billion", "300 items"). */
export function formatValue(
  value: number,
  unit: Link['unit'],
  measure: Link['measure'],
  strings: Strings,
): string {
  const {locale} = strings;
  let text: string;
  if (unit === 'USD' || unit === 'EUR' || unit === 'RUB' || unit === 'BYN') {
    text = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: unit,
      notation: value >= 1e5 ? 'compact' : 'standard',
      compactDisplay: 'long',
      maximumFractionDigits: value >= 1e5 ? 1 : 0,
    }).format(value);
  } else if (unit === 'percent') {
    text = `${new Intl.NumberFormat(locale, {maximumFractionDigits: 1}).format(value)} %`;
  } else {
    text =
      `${new Intl.NumberFormat(locale).format(value)} ${unit ? (strings.units[unit] ?? unit) : ''}`.trim();
  }
  const m = measure ? strings.measures[measure] : '';
  return m ? `${text} (${m})` : text;
}

/** A link's years as text: "2015", "2015–2017", "since 2010" for an open twinning. */
export function formatYears(link: Link, strings: Strings): string {
  if (link.year == null) return strings.undatedYear;
  if (link.until != null) return strings.yearsLabel(link.year, link.until);
  return String(link.year);
}
