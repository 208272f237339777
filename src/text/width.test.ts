import { describe, expect, it } from 'vitest';
import { halfWidthAlnum, halfWidthChar } from './width.js';

describe('halfWidthChar', () => {
  it.each([
    ['３', '3'], ['Ａ', 'A'], ['ｚ', 'z'], ['％', '%'], ['，', ','], ['！', '!'], ['～', '~'],
    ['、', '、'], ['。', '。'], ['　', '　'], ['万', '万'], ['a', 'a'],
  ])('%s → %s', (input, expected) => {
    expect(halfWidthChar(input)).toBe(expected);
  });
});

describe('halfWidthAlnum', () => {
  it('folds digits and letters only, keeping full-width punctuation', () => {
    expect(halfWidthAlnum('ＧＤＰ增长７．５％，共１２３万人')).toBe('GDP增长7．5％，共123万人');
  });
});
