import { describe, expect, it } from 'vitest';
import { foldForMatching } from './fold-for-matching.js';

describe('foldForMatching', () => {
  it('converts Traditional to Simplified and folds punctuation, keeping offsets 1:1', () => {
    const folded = foldForMatching('兩不愁,三保障（試點）');
    expect(folded.text).toBe('两不愁、三保障（试点）');
    expect(folded.startOf).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(folded.endOf[10]).toBe(11);
  });

  it('maps per character when the conversion changes the length', () => {
    // A converter that spells one character as two, as a phrase conversion could.
    const convert = (s: string): string => s.replace(/乡/g, 'XX');
    const folded = foldForMatching('𠮷乡村', convert);
    expect(folded.text).toBe('𠮷XX村');
    expect(folded.startOf).toEqual([0, 0, 2, 2, 3]);
    expect(folded.endOf).toEqual([2, 2, 3, 3, 4]);
  });
});
