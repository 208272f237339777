import { describe, expect, it } from 'vitest';
import { extractEnglishNumbers } from './extract-english-numbers.js';

const values = (text: string) => extractEnglishNumbers(text).map((n) => [n.value, n.kind, ...(n.approx ? [n.approx] : [])]);

describe('extractEnglishNumbers', () => {
  it.each([
    ['32,000 poor people', [[32_000, 'count']]],
    ['32000 poor people', [[32_000, 'count']]],
    ['32 thousand poor people', [[32_000, 'count']]],
    ['thirty-two thousand poor people', [[32_000, 'count']]],
    ['150 million yuan', [[150_000_000, 'count']]],
    ['1.5 billion yuan', [[1_500_000_000, 'count']]],
    ['USD11.16 million in prizes', [[11_160_000, 'count']]],
    ['10 percent, 10% and 10 per cent', [[10, 'percent'], [10, 'percent'], [10, 'percent']]],
    ['fell by 24.5 percentage points', [[24.5, 'percentage-point']]],
    ['more than 2,600 households', [[2600, 'count', 'more-than']]],
    ['nearly 10,000 helpers', [[10_000, 'count', 'nearly']]],
    ['about 300 cadres', [[300, 'count', 'about']]],
    ['a dozen mu of land', [[12, 'count']]],
    ['one hundred and five villages', [[105, 'count']]],
    ['ninety-nine households', [[99, 'count']]],
    ['ranked sixth; the 6th county', [[6, 'ordinal'], [6, 'ordinal']]],
    ['Since 2016, the county', [[2016, 'year']]],
    ['during his five-year tenure', [[5, 'count']]],
    ['1.6 million-mu of land', [[1_600_000, 'count']]],
    ['a depth of 1,155m and 14kg', [[1155, 'count'], [14, 'count']]],
    ['those born in the 1980s', [[1980, 'decade']]],
    ['About a quarter of people', [[0.25, 'fraction', 'about']]],
    ['airs 12:00-13:00', [[720, 'time'], [780, 'time']]],
    ['won at 25:19', [[25, 'count'], [19, 'count']]],
    ['5G+4K/8K technology on CCTV-2 during COVID-19', []],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['July 4, 2017', { year: 2017, month: 7, day: 4 }],
    ['4 July 2017', { year: 2017, month: 7, day: 4 }],
    ['reported July 26th', { month: 7, day: 26 }],
    ['in May 2018', { year: 2018, month: 5 }],
    ['2020-07-26 11:42:58', { year: 2020, month: 7, day: 26 }],
  ])('date %s', (text, date) => {
    expect(extractEnglishNumbers(text)[0]?.date).toEqual(date);
  });

  it('does not read the verb "may" as a month', () => {
    expect(extractEnglishNumbers('you may go')).toEqual([]);
  });

  it.each([
    ['from 3 to 5 years', 3, 5],
    ['10-20%', 10, 20],
    ['30 to 50 million', 30_000_000, 50_000_000],
    ['between 1999 and 2016', 1999, 2016],
  ])('range %s', (text, low, high) => {
    const [n] = extractEnglishNumbers(text);
    expect([n?.kind, n?.value, n?.high]).toEqual(['range', low, high]);
  });
});

describe('words that are names on every object', () => {
  it('reads "constructor" and "valueOf" as words, not numbers (a check once reported "function Object()")', () => {
    expect(extractEnglishNumbers('The constructor built two roads and a valueOf check.').map((n) => n.value)).toEqual([2]);
  });
});
