import { matchChineseDate } from './chinese-dates.js';
import { nonNumberSpans, overlaps } from './chinese-number-words.js';
import { foldChineseText } from '../../text/fold-chinese-text.js';
import type { Approx, ChineseNumber, ExtractChineseNumbersOptions, Span } from './number-types.js';
import { readChineseFigure, type Figure } from './read-chinese-figure.js';

const START = /[0-9零〇一二两三四五六七八九十百千万亿]/g;
const RUN = /[0-9.,]+|[零〇一二两三四五六七八九十百千万亿点]+/y;
const RANGE_SEPARATORS = /[—–~～\-－至到]/y;
const PREFIX_APPROX: ReadonlyArray<readonly [string, Approx]> = [
  ['超过', 'more-than'], ['多达', 'more-than'], ['将近', 'nearly'], ['接近', 'nearly'], ['大约', 'about'],
  ['不足', 'less-than'], ['不到', 'less-than'], ['近', 'nearly'], ['约', 'about'], ['逾', 'more-than'],
  ['超', 'more-than'], ['上', 'more-than'],
];

/**
 * Figures in Chinese text, localised: 3.2万 → 32000, 1.5亿元 → 150 000 000 (money), 2,600余户 →
 * more than 2600 households, 近万名 → nearly 10000, 30.12% and 百分之十 (percent), 24.5个百分点,
 * 3—5年 and 三到四千人 (ranges), 2017年7月4日 and 2021-12-15 (dates), 第6 (ordinal).
 * Chinese numerals count only as figures with a unit, measure word, hedge or 第 (三户, 两百名,
 * 三万多, 第一); numerals inside words (一些, 统一, 第一书记, 千方百计) and in `exclude` spans
 * (glossary terms such as 五个一批) are skipped, as are vague amounts (数十场, 十几亩).
 */
export function extractChineseNumbers(text: string, options: ExtractChineseNumbersOptions = {}): ChineseNumber[] {
  const folded = foldChineseText(text);
  const skip: Span[] = [...(options.exclude ?? []), ...nonNumberSpans(folded)];
  const found: ChineseNumber[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(folded); m; m = START.exec(folded)) {
    const number = readNumberAt(folded, m.index, skip);
    if (number) {
      found.push({ ...number, surface: text.slice(number.start, number.end) });
      START.lastIndex = number.end;
    } else {
      RUN.lastIndex = m.index;
      START.lastIndex = m.index + Math.max(1, RUN.exec(folded)?.[0].length ?? 1);
    }
  }
  return found;
}

function readNumberAt(text: string, index: number, skip: readonly Span[]): ChineseNumber | undefined {
  const before = text[index - 1] ?? '';
  if (/[A-Za-z0-9.]/.test(before) || /[数几]/.test(before)) return undefined; // 5G, 数十场
  if (/[A-Za-z][-－]$/.test(text.slice(Math.max(0, index - 2), index))) return undefined; // S-400, CCTV-2
  if (/[周期拜]/.test(before) && !/\d/.test(text[index] ?? '')) return undefined; // 周四, 星期三
  const date = matchChineseDate(text, index);
  if (date) {
    if (overlaps(skip, index, date.end)) return undefined;
    return { value: date.value, kind: date.kind, ...(date.date && { date: date.date }), start: index, end: date.end, surface: '' };
  }
  const figure = readChineseFigure(text, index);
  if (!figure || /[A-Za-z几]/.test(text[figure.end] ?? '')) return undefined;
  const [prefix, approx] = prefixApprox(text, index);
  const ordinal = before === '第';
  const start = ordinal ? index - 1 : index - prefix.length;
  const number: ChineseNumber = {
    value: figure.value, kind: ordinal ? 'ordinal' : figure.kind, start, end: figure.end, surface: '',
    ...(figure.unit && { unit: figure.unit }), ...(figure.numeral && { numeral: true }),
  };
  const hedge = approx ?? figure.approx;
  if (hedge) number.approx = hedge;
  const ranged = !ordinal && readRange(text, figure, number);
  if (figure.numeral && !ranged && !isFigure(figure, approx !== undefined, ordinal)) return undefined;
  if (overlaps(skip, index, number.end)) return undefined;
  if (!figure.numeral && !figure.hasUnit && /^\d\d后/.test(text.slice(index, index + 3))) {
    Object.assign(number, { kind: 'decade', unit: '后', end: index + 3 }); // 80后: born in the 1980s
  }
  if (number.kind === 'duration' && number.unit === '年' && !number.numeral && Number.isInteger(number.value) && number.value >= 1900 && number.value <= 2100) {
    number.kind = 'year';
  }
  return number;
}

/** A Chinese numeral is a figure with a unit, a hedge (三万多), 第, or ≥ 11 written positionally (十二). */
function isFigure(figure: Figure, prefixed: boolean, ordinal: boolean): boolean {
  // a hedge alone does not make a figure of a bare numeral: 最近一段时间 is "recently"
  if (figure.bare) return prefixed && figure.hasUnit;
  return figure.hasUnit || ordinal || figure.approx !== undefined || figure.multiplier >= 10_000 || figure.value >= 11;
}

function readRange(text: string, first: Figure, number: ChineseNumber): boolean {
  RANGE_SEPARATORS.lastIndex = first.end;
  if (!RANGE_SEPARATORS.exec(text)) return false;
  const second = readChineseFigure(text, first.end + 1);
  if (!second || second.numeral !== first.numeral || (first.hasUnit && first.unit !== second.unit && first.kind !== 'percent')) return false;
  const scaled = first.value * second.multiplier;
  const low = !first.hasUnit && first.multiplier === 1 && scaled < second.value ? scaled : first.value;
  if (!(low < second.value)) return false;
  number.value = low;
  number.high = second.value;
  number.kind = 'range';
  number.rangeOf = second.kind;
  if (second.unit) number.unit = second.unit;
  if (second.approx && !number.approx) number.approx = second.approx;
  number.end = second.end;
  return true;
}

function prefixApprox(text: string, index: number): readonly [string, Approx | undefined] {
  for (const [word, approx] of PREFIX_APPROX) {
    if (text.startsWith(word, index - word.length)) return [word, approx];
  }
  return ['', undefined];
}
