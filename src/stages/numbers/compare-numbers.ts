import { extractChineseNumbers } from './extract-chinese-numbers.js';
import { extractEnglishNumbers } from './extract-english-numbers.js';
import type { ChineseNumber, EnglishNumber, Span } from './number-types.js';
import { numbersEquivalent } from './numbers-equivalent.js';

export interface CompareNumbersOptions {
  /** Spans of the Chinese text to ignore (glossary terms such as 十三五, 6个1). */
  exclude?: readonly Span[];
  /** Spans of the English text to ignore (renderings of those terms: 13th Five-Year Plan). */
  excludeEnglish?: readonly Span[];
}

export interface CompareNumbersResult {
  /** Chinese figures with no equivalent in the English. */
  missing: ChineseNumber[];
  /** English figures above ten that render no Chinese figure (candidates for a changed figure). */
  extra: EnglishNumber[];
}

/** Words that render one or two without a digit: 两个村 "both villages", 翻一番 "double". */
const ONE = /\b(?:a|an|one|single|per|each|every|once|first)\b/i;
const TWO = /\b(?:two|both|twice|double|doubled|pair|couple|dual|second)\b/i;
const THEY = /\b(?:they|them|their|the couple)\b/i;
const DECADE = /\bdecade\b/i;

/**
 * Every Chinese figure should appear in the English after localisation. One English figure may
 * render several equal Chinese figures (the same year said twice); an English range covers its
 * two ends (1999年至2016年 ≡ between 1999 and 2016) and a Chinese range may be rendered as two
 * figures (25至27日 ≡ the 25th to the 27th). The numeral 一 is an article as often as a figure
 * (一辆车 "a car", 最后一公里 "the last mile"), so a one written in Chinese characters is never
 * reported missing; 两 may be "both" or "twice".
 */
export function compareNumbers(zhText: string, enText: string, options: CompareNumbersOptions = {}): CompareNumbersResult {
  const zh = extractChineseNumbers(zhText, options.exclude ? { exclude: options.exclude } : {});
  const skipEn = options.excludeEnglish ?? [];
  const en = extractEnglishNumbers(enText).filter((n) => !skipEn.some(([s, e]) => s < n.end && n.start < e));
  const candidates = en.flatMap((e) => (e.kind === 'range' ? [e, rangeEnd(e, e.value), rangeEnd(e, e.high ?? e.value)] : [e]));
  const origin = (c: EnglishNumber) => en.find((e) => e.start === c.start && e.end === c.end) ?? c;
  const used = new Set<EnglishNumber>();
  const missing: ChineseNumber[] = [];
  for (const number of zh) {
    if (number.numeral && number.value === 1 && number.kind !== 'ordinal') continue;
    const matches = candidates.filter((c) => numbersEquivalent(number, c));
    const match = matches.find((c) => !used.has(origin(c))) ?? matches[0];
    if (match) used.add(origin(match));
    else if (number.kind === 'range' && rangeByEnds(number, candidates, used, origin)) continue;
    else if (!impliedByWords(number, enText)) missing.push(number);
  }
  const extra = en.filter((e) => !used.has(e) && e.value > 10 && e.kind !== 'date' && e.kind !== 'time' && !(e.words && e.kind === 'ordinal'));
  return { missing, extra };
}

function rangeEnd(range: EnglishNumber, value: number): EnglishNumber {
  return { ...range, value, kind: range.rangeOf ?? 'count', high: undefined, scaled: range.scaled ?? false };
}

function rangeByEnds(range: ChineseNumber, candidates: readonly EnglishNumber[], used: Set<EnglishNumber>, origin: (c: EnglishNumber) => EnglishNumber): boolean {
  const kind = range.rangeOf ?? 'count';
  const ends = [range.value, range.high ?? range.value].map((value) => candidates.find((c) => numbersEquivalent({ ...range, kind, value }, c)));
  if (ends.some((e) => e === undefined)) return false;
  for (const e of ends) if (e) used.add(origin(e));
  return true;
}

function impliedByWords(n: ChineseNumber, enText: string): boolean {
  if (n.kind === 'date' || n.kind === 'time' || n.kind === 'range' || n.kind === 'percent') return false;
  if (n.value === 1) return ONE.test(enText);
  if (n.value === 2 && n.numeral) return TWO.test(enText) || (n.unit === '人' && THEY.test(enText));
  if (n.value === 10 && n.kind === 'duration') return DECADE.test(enText);
  return false;
}
