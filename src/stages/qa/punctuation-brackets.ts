import { finding, type SegmentRule } from './qa-rule.js';

interface Pairing { name: string; balanced(text: string): boolean }

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const nests = (open: string, close: string) => (text: string) => {
  let depth = 0;
  for (const c of text) {
    if (c === open) depth++;
    else if (c === close && --depth < 0) return false;
  }
  return depth === 0;
};

/** English pairings, and the Chinese marks that correspond to each. */
const ENGLISH: readonly Pairing[] = [
  { name: 'parentheses', balanced: nests('(', ')') },
  { name: 'square brackets', balanced: nests('[', ']') },
  { name: 'double quotes', balanced: (t) => count(t, /“/g) === count(t, /”/g) && count(t, /"/g) % 2 === 0 },
];
const CHINESE: Readonly<Record<string, (text: string) => boolean>> = {
  parentheses: (t) => nests('(', ')')(t.replace(/（/g, '(').replace(/）/g, ')')),
  'square brackets': (t) => nests('[', ']')(t.replace(/[【〔]/g, '[').replace(/[】〕]/g, ']')),
  'double quotes': (t) => count(t, /[“「]/g) === count(t, /[”」]/g) && count(t, /"/g) % 2 === 0,
};

/**
 * Unbalanced quotes, brackets or parentheses in the English where the Chinese has them balanced
 * (a Chinese segment that opens a quote and a later one that closes it are left alone).
 * Single quotes are not counted: ’ is also the apostrophe.
 */
export const punctuationBrackets: SegmentRule = {
  id: 'punctuation/brackets',
  category: 'punctuation',
  severity: 'error',
  scope: 'segment',
  description: 'Quotes, brackets or parentheses unbalanced in the English but balanced in the Chinese.',
  check(pair) {
    return ENGLISH.filter((p) => !p.balanced(pair.target) && (CHINESE[p.name]?.(pair.source) ?? true)).map((p) =>
      finding(this, pair, {
        reason: `Unbalanced ${p.name} in the English (balanced in the Chinese).`,
        hint: `Close or remove the unmatched ${p.name.replace(/s$/, '')}.`,
      }),
    );
  },
};
