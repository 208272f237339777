import { finding, type SegmentRule } from './qa-rule.js';

/** A segment marked translated whose English is empty or only whitespace and punctuation. */
export const textEmpty: SegmentRule = {
  id: 'text/empty',
  category: 'text',
  severity: 'error',
  scope: 'segment',
  description: 'The English is empty.',
  check(pair) {
    if (pair.source.trim() === '' || /[\p{L}\p{N}]/u.test(pair.target)) return [];
    return [finding(this, pair, { reason: 'The English is empty.', actual: JSON.stringify(pair.target), hint: 'Translate the segment or remove its empty target.' })];
  },
};
