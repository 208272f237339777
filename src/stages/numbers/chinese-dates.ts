import { CHINESE_DIGITS, parseChineseNumeral } from './parse-chinese-numeral.js';
import type { DateParts } from './number-types.js';

/** A date, time or year found at an offset of folded text. */
export interface DateMatch {
  kind: 'date' | 'year' | 'time';
  value: number;
  date?: DateParts;
  end: number;
}

const DIGITS = Object.keys(CHINESE_DIGITS).join('');
const NUM = `(\\d{1,4}|[${DIGITS}十]{1,4})`;
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/y;
const TIME = /(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?!\d)/y;
const YEAR_MONTH_DAY = new RegExp(`${NUM}年(?:${NUM}月(?:${NUM}[日号])?)?`, 'y');
const MONTH_DAY = new RegExp(`${NUM}月(?:${NUM}[日号])?`, 'y');
const CLOCK = new RegExp(`${NUM}(?:时|点(?=${NUM.replace('(', '(?:')}分|半))(?:${NUM}分|半)?`, 'y');
const DAY_ONLY = /(\d{1,2})[日号](?![元本])/y;

/**
 * A date at `index`: 2021-12-15, 09:20:00, 2017年7月4日, 二〇二〇年, 2018年5月, 7月26日, 4月(底).
 * Clock times: 15时30分, 9时半, 3点20分. A number before 年 is a year only when it has four digits (2014年, 二〇二〇年); 10年 is a duration.
 */
export function matchChineseDate(text: string, index: number): DateMatch | undefined {
  const iso = sticky(ISO_DATE, text, index);
  if (iso) return dateMatch(num(iso[1]), num(iso[2]), num(iso[3]), index + iso[0].length);
  const time = sticky(TIME, text, index);
  if (time && num(time[1]) < 24) return { kind: 'time', value: num(time[1]) * 60 + num(time[2]), end: index + time[0].length };
  const clock = sticky(CLOCK, text, index);
  if (clock && toNumber(clock[1]) < 24) {
    const minutes = clock[0].endsWith('半') ? 30 : clock[2] === undefined ? 0 : toNumber(clock[2]);
    return { kind: 'time', value: toNumber(clock[1]) * 60 + minutes, end: index + clock[0].length };
  }
  const ymd = sticky(YEAR_MONTH_DAY, text, index);
  if (ymd && isYear(ymd[1] ?? '')) {
    const year = toNumber(ymd[1]);
    if (ymd[2] === undefined) return { kind: 'year', value: year, date: { year }, end: index + ymd[0].length };
    return dateMatch(year, toNumber(ymd[2]), ymd[3] === undefined ? undefined : toNumber(ymd[3]), index + ymd[0].length);
  }
  if (text[index - 1] === '个') return undefined;
  const md = sticky(MONTH_DAY, text, index);
  if (md) return dateMatch(undefined, toNumber(md[1]), md[2] === undefined ? undefined : toNumber(md[2]), index + md[0].length);
  const day = sticky(DAY_ONLY, text, index);
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
    return { kind: 'date', value: Number(day[1]), date: { day: Number(day[1]) }, end: index + day[0].length };
  }
  return undefined;
}

function dateMatch(year: number | undefined, month: number, day: number | undefined, end: number): DateMatch | undefined {
  if (!(month >= 1 && month <= 12) || (day !== undefined && !(day >= 1 && day <= 31))) return undefined;
  const date: DateParts = { month };
  if (year !== undefined) date.year = year;
  if (day !== undefined) date.day = day;
  return { kind: 'date', value: (year ?? 0) * 10_000 + month * 100 + (day ?? 0), date, end };
}

function isYear(text: string): boolean {
  if (/^\d{4}$/.test(text)) return Number(text) >= 1900 && Number(text) <= 2100;
  return text.length === 4 && [...text].every((c) => c in CHINESE_DIGITS);
}

function toNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? NaN);
}

function num(text: string | undefined): number {
  return Number(text);
}

function sticky(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}
