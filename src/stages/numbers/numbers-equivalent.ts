import type { ChineseNumber, EnglishNumber } from './number-types.js';

const COUNTABLE = new Set(['count', 'money', 'area', 'length', 'weight', 'duration', 'year', 'ordinal']);

/**
 * Whether an English figure renders a Chinese one: equal values after localisation
 * (3.2万 ≡ 32,000 ≡ 32 thousand), percent with percent (never with percentage points), dates
 * part by part in either order, ranges end to end. A figure with a scale word (10.8 million) is
 * presented rounded, so it matches within half a unit of its last digit (1079.53万 ≈ 10.8 million).
 */
export function numbersEquivalent(zh: ChineseNumber, en: EnglishNumber): boolean {
  switch (zh.kind) {
    case 'date':
      if (zh.date?.month === undefined) return (en.kind === 'date' && en.date?.day === zh.date?.day) || (en.kind !== 'date' && en.value === zh.value);
      return en.kind === 'date' && datesAgree(zh, en);
    case 'decade':
      return en.kind === 'decade' && en.value % 100 === zh.value % 100;
    case 'fraction':
      return (en.kind === 'fraction' && close(zh.value, en)) || (en.kind === 'percent' && close(zh.value * 100, en));
    case 'time':
      return en.kind === 'time' && en.value % 720 === zh.value % 720;
    case 'year':
      return (en.kind === 'date' && en.date?.year === zh.value && en.date.month === undefined) || (COUNTABLE.has(en.kind) && en.value === zh.value);
    case 'percent':
      return ((en.kind === 'percent' || en.kind === 'count') && close(zh.value, en)) || (en.kind === 'fraction' && close(zh.value / 100, en));
    case 'percentage-point':
      return (en.kind === 'percentage-point' || en.kind === 'count') && close(zh.value, en);
    case 'ordinal':
      return (COUNTABLE.has(en.kind) && close(zh.value, en)) || (en.kind === 'fraction' && en.words === true && close(1 / zh.value, en)); // "a third post"
    case 'range':
      return en.kind === 'range' && close(zh.value, en) && en.high !== undefined && close(zh.high ?? NaN, { ...en, value: en.high });
    default:
      return (COUNTABLE.has(en.kind) || (en.kind === 'decade' && zh.unit === '岁')) && close(zh.value, en);
  }
}

function datesAgree(zh: ChineseNumber, en: EnglishNumber): boolean {
  const a = zh.date ?? {};
  const b = en.date ?? {};
  if (a.month !== b.month) return false;
  if (a.day !== undefined && a.day !== b.day) return false;
  return a.year === undefined || b.year === undefined || a.year === b.year;
}

function close(value: number, en: EnglishNumber): boolean {
  if (Math.abs(value - en.value) <= 1e-9 * Math.max(1, Math.abs(value))) return true;
  if (!en.scaled) return false;
  const mantissa = /(\d+(?:\.(\d+))?)/.exec(en.surface.replace(/,/g, ''));
  if (!mantissa?.[1]) return false;
  const scale = en.value / Number(mantissa[1]);
  const tolerance = 0.5 * 10 ** -(mantissa[2]?.length ?? 0) * scale;
  return Math.abs(value - en.value) <= tolerance + 1e-9;
}
