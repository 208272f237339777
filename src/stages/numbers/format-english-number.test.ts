import { describe, expect, it } from 'vitest';
import { extractChineseNumbers } from './extract-chinese-numbers.js';
import { formatEnglishNumber } from './format-english-number.js';

describe('formatEnglishNumber', () => {
  it.each([
    ['3.2万', '32,000'],
    ['1.5亿元', '150 million yuan'],
    ['2,600余户', 'more than 2,600 households'],
    ['4.8万亩', '48,000 mu'],
    ['30.12%', '30.12 percent'],
    ['24.5个百分点', '24.5 percentage points'],
    ['近万名', 'nearly 10,000'],
    ['1079.53万元', '10.7953 million yuan'],
    ['1320平方公里', '1,320 square kilometres'],
    ['2017年7月4日', 'July 4, 2017'],
    ['2018年5月', 'May 2018'],
    ['27日', 'the 27th'],
    ['3—5年', '3 to 5 years'],
    ['第6', 'sixth'],
    ['第21', '21st'],
    ['二〇二〇年', '2020'],
    ['三分之二', 'two thirds'],
    ['“80后”', '1980s'],
    ['1户', '1 household'],
  ])('%s → %s', (zh, en) => {
    const [n] = extractChineseNumbers(zh);
    expect(n && formatEnglishNumber(n)).toBe(en);
  });
});
