import { describe, expect, it } from 'vitest';
import { foldPunctuation, foldTerm } from './fold-term.js';

describe('foldTerm', () => {
  it.each([
    ['兩不愁,三保障', '两不愁、三保障'],
    ['两不愁，三保障', '两不愁、三保障'],
    ['  精準扶貧 ', '精准扶贫'],
    ['「四个全面」', '"四个全面"'],
    ['习近平·新时代', '习近平·新时代'],
    ['习近平•新时代', '习近平·新时代'],
    ['（试点）', '（试点）'],
    ['(试点)', '（试点）'],
    ['ＧＤＰ', 'GDP'],
    ['十三五　规划', '十三五 规划'],
  ])('%s → %s', (input, expected) => {
    expect(foldTerm(input)).toBe(expected);
  });

  it('keeps the length when folding punctuation, so offsets survive', () => {
    const text = '“扶贫”：两不愁,三保障！ＡＢ';
    expect(foldPunctuation(text)).toHaveLength(text.length);
    expect(foldPunctuation(text)).toBe('"扶贫"：两不愁、三保障！AB');
  });
});
