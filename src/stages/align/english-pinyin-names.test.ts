import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishPinyinNames } from './anchors.js';

const syllables = new Set(['a', 'an', 'ang', 'na', 'nan', 'zhang', 'zha', 'ng', 'lin', 'li']);

/** The direct recursive search for a split into syllables. */
function splits(word: string, from = 0): boolean {
  if (from === word.length) return true;
  for (let end = Math.min(word.length, from + 6); end > from; end--) if (syllables.has(word.slice(from, end)) && splits(word, end)) return true;
  return false;
}

describe('englishPinyinNames', () => {
  it('keeps exactly the capitalised words that split into syllables', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'n', 'g', 'z', 'h', 'l', 'i'), { minLength: 4, maxLength: 14 }), (letters) => {
      const word = letters.join('');
      const expected = splits(word) ? [word] : [];
      expect(englishPinyinNames(`We met ${word[0]!.toUpperCase()}${word.slice(1)} there.`, syllables)).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('reads a 200,000-letter word without running out of stack', () => {
    expect(englishPinyinNames(`a A${'na'.repeat(100_000)}`, syllables)).toEqual([`a${'na'.repeat(100_000)}`]);
    expect(englishPinyinNames(`a A${'na'.repeat(100_000)}x`, syllables)).toEqual([]);
  });
});
