import { finding, type SegmentRule } from './qa-rule.js';
import { otherVarietyWords } from './spelling-variants.js';

/**
 * A word spelt in the other variety than the house spelling (`style.spelling`, en-US by default):
 * "programme", "labour", "centre" in an American edition; "color", "center" in a British one
 * (British here is Oxford spelling: -ize is right in both). The word list is the maintained
 * American↔British list of spelling-variants.ts, not a hand-typed handful.
 */
export const styleSpelling: SegmentRule = {
  id: 'style/spelling',
  category: 'style',
  severity: 'warning',
  scope: 'segment',
  description: 'A word is spelt in the other variety of English than the house spelling (style.spelling).',
  check(pair, context) {
    const seen = new Set<string>();
    return otherVarietyWords(pair.target, context.spelling)
      .filter((w) => !seen.has(w.word) && Boolean(seen.add(w.word)))
      .map((w) =>
        finding(this, pair, {
          reason: `"${w.word}" is ${context.spelling === 'en-US' ? 'British' : 'American'} spelling; the house spelling is ${context.spelling}.`,
          expected: w.house,
          actual: w.word,
          hint: `Write "${w.house}", or run duizhao style apply to convert the glossary and the memory.`,
        }),
      );
  },
};
