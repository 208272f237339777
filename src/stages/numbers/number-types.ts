/** What a figure measures; decides how it is written in English and what it may be compared with. */
export type NumberKind =
  | 'count'
  | 'percent'
  | 'percentage-point'
  | 'money'
  | 'area'
  | 'length'
  | 'weight'
  | 'duration'
  | 'year'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'fraction'
  | 'decade'
  | 'range';

/** A hedge on a figure: 余/多/超过 (more-than), 近/将近 (nearly), 约/左右 (about), 不足/不到 (less-than). */
export type Approx = 'more-than' | 'nearly' | 'about' | 'less-than';

/** A calendar date or part of one (2017年7月4日, 7月26日, 4月底, 2021-12-15). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

interface FoundNumber {
  /** The figure after localisation: 3.2万 → 32000, 30.12% → 30.12, 二〇二〇年 → 2020. */
  value: number;
  kind: NumberKind;
  approx?: Approx;
  /** Upper end of a range (3—5年 → value 3, high 5). */
  high?: number;
  /** Kind of the ends of a range (percent for 10%~20%). */
  rangeOf?: NumberKind;
  date?: DateParts;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  surface: string;
}

export interface ChineseNumber extends FoundNumber {
  /** The unit or measure word as written, Simplified: 户, 万元, 亩, 平方公里, 个百分点 … */
  unit?: string;
  /** True when written in Chinese numerals (十二, 两百), not Arabic digits. */
  numeral?: boolean;
}

export interface EnglishNumber extends FoundNumber {
  /** True when written as words (thirty-two thousand, a dozen). */
  words?: boolean;
  /** True when a scale word follows digits (150 million): the figure is presented rounded. */
  scaled?: boolean;
}

/** [start, end) spans of the text to leave alone, e.g. glossary terms such as 五个一批. */
export type Span = readonly [number, number];

export interface ExtractChineseNumbersOptions {
  exclude?: readonly Span[];
}
