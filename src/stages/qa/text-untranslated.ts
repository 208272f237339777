import { finding, type SegmentRule } from './qa-rule.js';

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f]*/gu;

/** Han characters left in the English (a clause not translated). */
export const textUntranslated: SegmentRule = {
  id: 'text/untranslated',
  category: 'text',
  severity: 'error',
  scope: 'segment',
  description: 'The English still contains Chinese characters.',
  check(pair) {
    const runs = pair.target.match(HAN_RUN) ?? [];
    if (runs.length === 0 || pair.target.trim() === pair.source.trim()) return [];
    return [
      finding(this, pair, {
        reason: `${runs.join('').length} Chinese character(s) left in the English.`,
        actual: runs.join(' … '),
        hint: 'Translate the remaining Chinese.',
      }),
    ];
  },
};
