import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseAnchors } from './anchors.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { chineseWords } from './sentence-features.js';

const lexicon = buildLexicon([
  ['中', '中', 'zhong1', 'middle'], ['中國', '中国', 'Zhong1 guo2', 'China'], ['中國人', '中国人', 'Zhong1 guo2 ren2', 'Chinese person'],
  ['國', '国', 'guo2', 'country'], ['人', '人', 'ren2', 'person'], ['人民', '人民', 'ren2 min2', 'people'],
  ['民', '民', 'min2', 'folk'], ['張', '张', 'Zhang1', 'surname Zhang; sheet'], ['林', '林', 'lin2', 'woods'],
  ['扶貧攻堅', '扶贫攻坚', 'fu2 pin2 gong1 jian1', 'poverty alleviation'], ['扶', '扶', 'fu2', 'to help'],
]);

/** The plain forward maximum matching, trying every length from the longest headword down. */
function referenceWords(text: string, lex: Lexicon): string[][] {
  const chars = [...text];
  const groups: string[][] = [];
  for (let i = 0; i < chars.length;) {
    let found = 0;
    if (/\p{Script=Han}/u.test(chars[i]!)) {
      for (let len = Math.min(lex.maxWordLength, chars.length - i); len >= 1; len--) {
        const glosses = lex.glosses(chars.slice(i, i + len).join(''));
        if (glosses) {
          groups.push([...glosses]);
          found = len;
          break;
        }
      }
    }
    i += Math.max(found, 1);
  }
  return groups;
}

describe('chineseWords', () => {
  it('segments exactly as plain maximum matching does (only lengths a word can have are tried)', () => {
    const alphabet = [...'中国人民张林扶贫攻坚，。A1𠀋'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
      const text = chars.join('');
      expect(chineseWords(text, lexicon).map((g) => [...g])).toEqual(referenceWords(text, lexicon));
    }), { numRuns: 500 });
  });

  it('finds names spelt by runs of up to three characters, with long runs pruned', () => {
    expect(chineseAnchors('张林和中国人民', lexicon, new Set(['zhanglin', 'renmin', 'zhongguoren']))).toEqual(['py:zhanglin', 'py:zhongguoren', 'py:renmin']);
  });
});
