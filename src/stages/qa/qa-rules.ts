import { consistencySource } from './consistency-source.js';
import { consistencyTarget } from './consistency-target.js';
import { nameRomanisation } from './name-romanisation.js';
import { numberMismatch } from './number-mismatch.js';
import { punctuationBrackets } from './punctuation-brackets.js';
import { punctuationFullWidth } from './punctuation-full-width.js';
import type { QaRule } from './qa-rule.js';
import { styleNumerals } from './style-numerals.js';
import { styleSpelling } from './style-spelling.js';
import { termFirstMention } from './term-first-mention.js';
import { termForbidden } from './term-forbidden.js';
import { termMissing } from './term-missing.js';
import { textEmpty } from './text-empty.js';
import { textLengthRatio } from './text-length-ratio.js';
import { textSameAsSource } from './text-same-as-source.js';
import { textUntranslated } from './text-untranslated.js';

/** Every QA rule, in the order findings are listed. */
export const QA_RULES: readonly QaRule[] = [
  textEmpty, textSameAsSource, textUntranslated, termMissing, termForbidden, termFirstMention, numberMismatch,
  nameRomanisation, punctuationFullWidth, punctuationBrackets, textLengthRatio, consistencySource, consistencyTarget,
  styleSpelling, styleNumerals,
];

export { QA_RULE_IDS } from './qa-rule-ids.js';
