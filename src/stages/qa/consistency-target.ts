import { groupBy, looseSourceKey, looseTarget } from './consistency-source.js';
import { finding, type CorpusRule } from './qa-rule.js';

/** Targets shorter than this (headings such as "Overview") may rightly render different Chinese. */
const MIN_WORDS = 4;

/**
 * One English rendering used for different Chinese: usually a target pasted into the wrong
 * segment. Chinese that differs only in punctuation or spacing counts as the same.
 */
export const consistencyTarget: CorpusRule = {
  id: 'consistency/target',
  category: 'consistency',
  severity: 'warning',
  scope: 'corpus',
  description: 'The same English is used for different Chinese.',
  check(pairs) {
    const long = pairs.filter((p) => looseTarget(p.target).split(' ').length >= MIN_WORDS);
    return [...groupBy(long, (p) => looseTarget(p.target)).values()].flatMap((group) => {
      const sources = groupBy(group, looseSourceKey);
      if (sources.size < 2) return [];
      const first = group[0];
      return group
        .filter((p) => looseSourceKey(p) !== (first ? looseSourceKey(first) : ''))
        .map((p) =>
          finding(this, p, {
            reason: `This English also renders different Chinese (${first?.segmentId ?? ''}: ${first?.source ?? ''}).`,
            actual: p.target,
            hint: 'Check that the target belongs to this segment.',
          }),
        );
    });
  },
};
