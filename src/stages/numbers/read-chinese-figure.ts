import { unitAt } from './chinese-units.js';
import { CHINESE_NUMERAL_RUN, multiplierValue, parseChineseNumeral } from './parse-chinese-numeral.js';
import type { Approx, NumberKind } from './number-types.js';

/** One figure read at an offset of folded text, before dates, ranges and context are applied. */
export interface Figure {
  value: number;
  kind: NumberKind;
  unit?: string;
  approx?: Approx;
  /** Written in Chinese numerals rather than Arabic digits. */
  numeral: boolean;
  /** Only a multiplier (万, 百): needs a hedge before it (近万名, 上万人) to be a figure. */
  bare: boolean;
  /** Carries a multiplier (万, 亿), which a range start without one inherits (三到四千). */
  multiplier: number;
  hasUnit: boolean;
  end: number;
}

const ARABIC = /(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+|\d+(?:,\d{3}(?!\d))*)(?:\.\d+)?/y;
const NUMERAL = new RegExp(CHINESE_NUMERAL_RUN, 'y');
const PERCENT_OF = new RegExp(`百分之(${CHINESE_NUMERAL_RUN}|\\d+(?:\\.\\d+)?)`, 'y');
const FRACTION = new RegExp(`(${CHINESE_NUMERAL_RUN}|\\d+)分之(${CHINESE_NUMERAL_RUN}|\\d+)`, 'y');
const PERCENT_SIGN = /[ \u00a0]?[%‰]/y;
const TENTHS = /成(?![员为功立本果绩就效熟长交型品年人])/y;
const MULTIPLIER = /(?:万亿|千万|百万|十万|万|亿|千|百)/y;
const SUFFIX_APPROX = /(?:余|多)/y;
const REMAINDER = /(\d{1,4})([千百]?)(?![\d.])/y;
const AFTER_UNIT_APPROX: ReadonlyArray<readonly [string, Approx]> = [['以上', 'more-than'], ['多', 'more-than'], ['余', 'more-than'], ['左右', 'about'], ['以下', 'less-than'], ['以内', 'less-than']];

/** The figure starting at `index`: 3.2万, 1.5亿元, 2,600余户, 三万多, 30.12%, 百分之十, 24.5个百分点. */
export function readChineseFigure(text: string, index: number): Figure | undefined {
  const percentOf = sticky(PERCENT_OF, text, index);
  if (percentOf) {
    const value = valueOf(percentOf[1] ?? '');
    if (value === undefined) return undefined;
    return { value, kind: 'percent', unit: '%', numeral: !/\d/.test(percentOf[1] ?? ''), bare: false, multiplier: 1, hasUnit: true, end: index + percentOf[0].length };
  }
  const fraction = sticky(FRACTION, text, index);
  if (fraction) {
    const [whole, of = '', part = ''] = fraction;
    const value = (valueOf(part) ?? NaN) / (valueOf(of) ?? NaN);
    if (!Number.isFinite(value)) return undefined;
    return { value: round(value), kind: 'fraction', numeral: !/\d/.test(whole), bare: false, multiplier: 1, hasUnit: true, end: index + whole.length };
  }
  const arabic = sticky(ARABIC, text, index);
  const run = arabic ?? sticky(NUMERAL, text, index);
  if (!run) return undefined;
  let value = valueOf(run[0]);
  if (value === undefined) return undefined;
  const figure: Figure = { value, kind: 'count', numeral: !arabic, bare: !arabic && /^[十百千万亿]+$/.test(run[0]) && run[0] !== '十', multiplier: 1, hasUnit: false, end: index + run[0].length };
  if (figure.bare) figure.multiplier = value;
  if (!arabic && /[十百千万亿]$/.test(run[0])) figure.multiplier = multiplierValue(run[0].slice(-1));
  readHedgeAndMultiplier(text, figure, !!arabic);
  readUnit(text, figure);
  return figure;
}

function readHedgeAndMultiplier(text: string, figure: Figure, arabic: boolean): void {
  if (sticky(SUFFIX_APPROX, text, figure.end)) {
    figure.approx = 'more-than';
    figure.end += 1;
  }
  const unitHere = unitAt(text, figure.end);
  const mult = sticky(MULTIPLIER, text, figure.end);
  const unitWins = unitHere !== undefined && unitHere[0].length > 1 && unitHere[0].startsWith(mult?.[0] ?? '\0');
  if (mult && (arabic || figure.approx) && !unitWins) {
    const m = multiplierValue(mult[0]);
    figure.value = round(figure.value * m);
    figure.multiplier = m;
    figure.unit = mult[0];
    figure.end += mult[0].length;
    const rest = m >= 10_000 && !figure.approx ? sticky(REMAINDER, text, figure.end) : null; // 11万7015, 7万8千
    const restValue = rest ? Number(rest[1]) * multiplierValue(rest[2] ?? '') : 0;
    if (rest && restValue < m && !unitAt(text, figure.end + rest[0].length)?.[0].startsWith('千')) {
      figure.value = round(figure.value + restValue);
      figure.end += rest[0].length;
    }
    if (!figure.approx && sticky(SUFFIX_APPROX, text, figure.end)) {
      figure.approx = 'more-than';
      figure.end += 1;
    }
  }
}

function readUnit(text: string, figure: Figure): void {
  const percent = sticky(PERCENT_SIGN, text, figure.end) ?? (figure.value <= 10 && !figure.unit ? sticky(TENTHS, text, figure.end) : null);
  if (percent) {
    const sign = percent[0].trim();
    Object.assign(figure, { kind: 'percent', unit: sign, hasUnit: true, end: figure.end + percent[0].length });
    if (sign === '成') figure.value = round(figure.value * 10);
    if (sign === '‰') figure.value = round(figure.value / 10);
    return;
  }
  const unit = unitAt(text, figure.end);
  if (unit) {
    figure.kind = unit[1].kind;
    figure.unit = (figure.unit ?? '') + unit[0];
    figure.hasUnit = true;
    figure.end += unit[0].length;
  }
  for (const [word, approx] of AFTER_UNIT_APPROX) {
    if (!figure.approx && figure.hasUnit && text.startsWith(word, figure.end)) {
      figure.approx = approx;
      figure.end += word.length;
      const more = figure.unit === '个' ? /^(?:月|小时)/.exec(text.slice(figure.end, figure.end + 2)) : null; // 3个多月
      if (more) {
        figure.kind = 'duration';
        figure.unit = `个${more[0]}`;
        figure.end += more[0].length;
      }
      break;
    }
  }
}

function valueOf(run: string): number | undefined {
  if (/^\d/.test(run)) return Number(run.replace(/[,\s]/g, ''));
  if (/^[百千万亿]+$/.test(run)) return multiplierValue(run);
  return parseChineseNumeral(run);
}

/** Removes binary noise from scaled decimals: 3.2 × 10 000 = 32000, not 32000.000000000004. */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}

function sticky(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}
