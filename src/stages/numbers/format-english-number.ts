import { CHINESE_UNITS } from './chinese-units.js';
import { MONTHS } from './english-dates.js';
import type { ChineseNumber, DateParts } from './number-types.js';

const HEDGE_WORDS = { 'more-than': 'more than', nearly: 'nearly', about: 'about', 'less-than': 'less than' } as const;
const FRACTION_WORDS: Readonly<Record<string, string>> = {
  '0.5': 'half', '0.25': 'a quarter', '0.75': 'three quarters', '0.333333333333': 'a third', '0.666666666667': 'two thirds', '0.2': 'a fifth', '0.1': 'a tenth',
};
const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * The figure as house style writes it in English: 32,000 · 150 million yuan · more than 2,600
 * households · 48,000 mu · 30.12 percent · 24.5 percentage points · July 4, 2017 · 3 to 5 years ·
 * sixth / 21st. Measure words with no English unit (个, 名, 座) give the bare figure.
 */
export function formatEnglishNumber(n: ChineseNumber): string {
  const hedge = n.approx ? `${HEDGE_WORDS[n.approx]} ` : '';
  switch (n.kind) {
    case 'year':
      return `${hedge}${n.value}`;
    case 'date':
      return formatDate(n.date ?? {});
    case 'time':
      return `${String(Math.floor(n.value / 60)).padStart(2, '0')}:${String(n.value % 60).padStart(2, '0')}`;
    case 'ordinal':
      return ordinal(n.value);
    case 'fraction':
      return `${hedge}${FRACTION_WORDS[String(n.value)] ?? formatFigure(n.value)}`;
    case 'decade':
      return `${n.value < 100 ? (n.value < 30 ? 2000 : 1900) + n.value : n.value}s`;
    case 'range':
      return `${hedge}${formatFigure(n.value)} to ${formatFigure(n.high ?? n.value)}${unitSuffix(n, n.high ?? n.value)}`;
    default:
      return `${hedge}${formatFigure(n.value)}${unitSuffix(n, n.value)}`;
  }
}

/** 32000 → 32,000 · 150000000 → 150 million · 1.5e9 → 1.5 billion · 10795300 → 10.7953 million. */
export function formatFigure(value: number): string {
  for (const [scale, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    const scaled = value / scale;
    if (value >= scale && Number(scaled.toFixed(4)) === Number(scaled.toPrecision(12))) return `${Number(scaled.toFixed(4))} ${word}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function unitSuffix(n: ChineseNumber, value: number): string {
  const kind = n.kind === 'range' ? n.rangeOf : n.kind;
  if (kind === 'percent') return ' percent';
  const base = (n.unit ?? '').replace(/^[十百千万亿]+(?=.)/, '');
  const info = CHINESE_UNITS.find(([zh]) => zh === base)?.[1];
  if (!info?.en) return '';
  return ` ${value === 1 && !n.approx ? info.en[0] : info.en[1]}`;
}

function formatDate(date: DateParts): string {
  if (date.month === undefined) return `the ${numericOrdinal(date.day ?? 0)}`;
  const month = date.month ? (MONTHS[date.month - 1] ?? '') : '';
  const name = month.charAt(0).toUpperCase() + month.slice(1);
  if (date.day !== undefined) return date.year !== undefined ? `${name} ${date.day}, ${date.year}` : `${name} ${date.day}`;
  return date.year !== undefined ? `${name} ${date.year}` : name;
}

function ordinal(value: number): string {
  return ORDINAL_WORDS[value] ?? numericOrdinal(value);
}

function numericOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}
