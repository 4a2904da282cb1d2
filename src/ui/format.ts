import type {Link} from '../data/model';
import type {Strings} from './i18n';

/**
 * A whole number with its thousands grouped as the language writes them: "1,487" in English,
 * "1 487" (a no-break space) in Russian. Written out rather than asked of `Intl`, whose first
 * use on a page costs 10–30 ms while the first view waits.
 */
export function formatCount(n: number, locale: string): string {
  const sep = locale.startsWith('ru') ? '\u00a0' : ',';
  const digits = String(Math.abs(Math.round(n)));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return n < 0 ? `-${out}` : out;
}

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
