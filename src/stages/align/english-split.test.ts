import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayHoldTwoEnglishSentences, splitEnglishSentences } from './english-split.js';

const trimmed = (text: string): string[] => splitEnglishSentences(text).map((s) => s.trim());

describe('splitEnglishSentences', () => {
  it.each([
    ['abbreviated titles', 'Mr. Zhang met Dr. Li in Beijing. They discussed the plan.', ['Mr. Zhang met Dr. Li in Beijing.', 'They discussed the plan.']],
    ['No. before a number', 'Document No. 1 was issued in 2015. It set the goals.', ['Document No. 1 was issued in 2015.', 'It set the goals.']],
    ['months before a day', 'The fair opened on Jan. 5 in Luliang. Farmers sold apples.', ['The fair opened on Jan. 5 in Luliang.', 'Farmers sold apples.']],
    ['U.S. inside a sentence', 'The U.S. Department of Agriculture took part. China did too.', ['The U.S. Department of Agriculture took part.', 'China did too.']],
    ['U.S. at the end', 'Exports went to the U.S. The rest stayed at home.', ['Exports went to the U.S.', 'The rest stayed at home.']],
    ['decimals', 'Income rose 3.5 percent to 12.8 thousand yuan. Poverty fell.', ['Income rose 3.5 percent to 12.8 thousand yuan.', 'Poverty fell.']],
    ['initials', 'The book by J. K. Rowling sold well. Others did not.', ['The book by J. K. Rowling sold well.', 'Others did not.']],
    ['quotes after the full stop', 'He said, "We will win." Then he left.', ['He said, "We will win."', 'Then he left.']],
    ['curly quotes', '“Poverty must end.” The slogan spread.', ['“Poverty must end.”', 'The slogan spread.']],
    ['question and exclamation', 'Why did it work? Because people worked hard! The end.', ['Why did it work?', 'Because people worked hard!', 'The end.']],
    ['ellipsis continuing', 'They waited... and waited. Then rain came.', ['They waited... and waited.', 'Then rain came.']],
    ['ellipsis ending', 'They waited… Then rain came.', ['They waited…', 'Then rain came.']],
    ['a closing curly quote after a space', 'He said, “We can take the next step. ” Moreover, talks went on.', ['He said, “We can take the next step. ”', 'Moreover, talks went on.']],
    ['a closing straight quote after a space', 'He said, "Within three years. " Meanwhile, it grew.', ['He said, "Within three years. "', 'Meanwhile, it grew.']],
    ['an opening curly quote typed for the closing one, after a space', 'He said, “ASEAN owes Vietnam thanks. “ He also said more.', ['He said, “ASEAN owes Vietnam thanks. “', 'He also said more.']],
    ['a straight quote after a space that opens the next sentence', 'He left. "We will win," she said.', ['He left.', '"We will win," she said.']],
    ['etc. before a new sentence', 'They grew apples, pears, etc. The harvest was good.', ['They grew apples, pears, etc.', 'The harvest was good.']],
  ])('%s', (_name, text, expected) => {
    expect(trimmed(text)).toEqual(expected);
  });

  it('is lossless', () => {
    const text = '  Mr. Wang came.  He saw 3.5 mu of land!\nThe end. ';
    expect(splitEnglishSentences(text).join('')).toBe(text);
  });
});

describe('mayHoldTwoEnglishSentences', () => {
  it('is true whenever the splitter gives more than one piece', () => {
    const alphabet = ['A', 'b', 'U', 'S', 'Mr', 'No', '1', '.', '!', '?', '…', '"', '“', '”', "'", ')', ']', '»', '(', ' ', '\t', '\n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      if (splitEnglishSentences(text).length > 1) expect(mayHoldTwoEnglishSentences(text)).toBe(true);
    }), { numRuns: 20_000 });
  });

  it('is false for one sentence with no ender before a space', () => {
    expect(mayHoldTwoEnglishSentences('The economy grew 3.5% in the U.S.')).toBe(false);
    expect(mayHoldTwoEnglishSentences('Mr. Smith left. He said so.')).toBe(true);
  });
});
