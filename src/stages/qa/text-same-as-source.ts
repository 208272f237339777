import { finding, type SegmentRule } from './qa-rule.js';

const HAN = /\p{Script=Han}/u;

/**
 * The English is the Chinese copied unchanged. Segments without Chinese characters (a dateline
 * such as 2021-12-15 09:20:00, a bare number) are the same in both languages and pass.
 */
export const textSameAsSource: SegmentRule = {
  id: 'text/same-as-source',
  category: 'text',
  severity: 'error',
  scope: 'segment',
  description: 'The English is identical to the Chinese.',
  check(pair) {
    const target = pair.target.trim();
    if (target === '' || target !== pair.source.trim() || !HAN.test(target)) return [];
    return [finding(this, pair, { reason: 'The English is a copy of the Chinese.', actual: target, hint: 'Translate the segment.' })];
  },
};
