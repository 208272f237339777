import type { NumberKind } from './number-types.js';

/** How a unit or measure word after a Chinese figure reads in English. */
export interface UnitInfo {
  kind: NumberKind;
  /** English unit, singular and plural; none for bare measure words such as 个 or 座. */
  en?: readonly [string, string];
}

/**
 * Units and measure words that make a run of Chinese numerals a figure (三户, 两百名), longest
 * first so 平方公里 wins over 公里. Measure words without an English unit (个, 座, 项) still mark
 * a count: the noun after them carries the meaning.
 */
export const CHINESE_UNITS: ReadonlyArray<readonly [string, UnitInfo]> = [
  ['个百分点', { kind: 'percentage-point', en: ['percentage point', 'percentage points'] }],
  ['百分点', { kind: 'percentage-point', en: ['percentage point', 'percentage points'] }],
  ['平方公里', { kind: 'area', en: ['square kilometre', 'square kilometres'] }],
  ['平方千米', { kind: 'area', en: ['square kilometre', 'square kilometres'] }],
  ['平方米', { kind: 'area', en: ['square metre', 'square metres'] }],
  ['公里', { kind: 'length', en: ['kilometre', 'kilometres'] }],
  ['千米', { kind: 'length', en: ['kilometre', 'kilometres'] }],
  ['公顷', { kind: 'area', en: ['hectare', 'hectares'] }],
  ['公斤', { kind: 'weight', en: ['kilogram', 'kilograms'] }],
  ['千克', { kind: 'weight', en: ['kilogram', 'kilograms'] }],
  ['千瓦时', { kind: 'count', en: ['kilowatt-hour', 'kilowatt-hours'] }],
  ['千伏', { kind: 'count', en: ['kilovolt', 'kilovolts'] }],
  ['周年', { kind: 'ordinal', en: ['anniversary', 'anniversary'] }],
  ['年代', { kind: 'decade' }],
  ['千瓦', { kind: 'count', en: ['kilowatt', 'kilowatts'] }],
  ['个月', { kind: 'duration', en: ['month', 'months'] }],
  ['个小时', { kind: 'duration', en: ['hour', 'hours'] }],
  ['小时', { kind: 'duration', en: ['hour', 'hours'] }],
  ['分钟', { kind: 'duration', en: ['minute', 'minutes'] }],
  ['人次', { kind: 'count', en: ['person-time', 'person-times'] }],
  ['元', { kind: 'money', en: ['yuan', 'yuan'] }],
  ['块', { kind: 'count' }],
  ['亩', { kind: 'area', en: ['mu', 'mu'] }],
  ['户', { kind: 'count', en: ['household', 'households'] }],
  ['人', { kind: 'count', en: ['person', 'people'] }],
  ['口', { kind: 'count', en: ['person', 'people'] }],
  ['名', { kind: 'count' }],
  ['吨', { kind: 'weight', en: ['tonne', 'tonnes'] }],
  ['斤', { kind: 'weight', en: ['jin', 'jin'] }],
  ['米', { kind: 'length', en: ['metre', 'metres'] }],
  ['岁', { kind: 'count', en: ['year old', 'years old'] }],
  ['倍', { kind: 'count', en: ['time', 'times'] }],
  ['年', { kind: 'duration', en: ['year', 'years'] }],
  ['天', { kind: 'duration', en: ['day', 'days'] }],
  ['度', { kind: 'count', en: ['degree', 'degrees'] }],
  ...['个', '处', '座', '头', '只', '棵', '家', '所', '项', '条', '辆', '台', '套', '批', '种', '类', '级', '位', '场', '届', '期', '件', '篇', '本', '份', '张', '片', '栋', '间', '层', '轮', '周', '次', '遍', '支', '股', '笔', '趟', '道', '大', '对', '组']
    .map((w) => [w, { kind: 'count' }] as const),
];

/** The unit at `index` of (folded) text, longest first, or undefined. */
export function unitAt(text: string, index: number): readonly [string, UnitInfo] | undefined {
  for (const entry of CHINESE_UNITS) if (text.startsWith(entry[0], index)) return entry;
  return undefined;
}
