import { describe, expect, it } from 'vitest';
import { foldChineseText } from './fold-chinese-text.js';

describe('foldChineseText', () => {
  it.each([
    ['增長３．５％', '增长3.5%'],
    ['一萬二千億元', '一万二千亿元'],
    ['ＧＤＰ，共１２３人', 'GDP，共123人'],
    ['2020年（試點）', '2020年（试点）'],
  ])('%s → %s', (input, expected) => {
    expect(foldChineseText(input)).toBe(expected);
  });

  it('keeps every offset: one character in, one character out', () => {
    const text = '𠮷萬３％「乾隆」';
    expect(foldChineseText(text)).toHaveLength(text.length);
  });
});
