import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './parse-chinese-numeral.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['十二', 12], ['两百', 200], ['一百零五', 105], ['三万', 30_000], ['三万五千', 35_000],
    ['十三亿', 1_300_000_000], ['二〇二〇', 2020], ['一九四九', 1949], ['三点五', 3.5], ['二十', 20],
    ['十', 10], ['六', 6], ['四千', 4000], ['一亿二千万', 120_000_000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['三四', '四两', '三五', '万万', '三一'])('%s is not a numeral (adjacent digits are "three or four")', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
