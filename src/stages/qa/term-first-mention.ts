import { findForm } from './find-rendering.js';
import { finding, uniqueEntries, type SegmentRule } from './qa-rule.js';

/**
 * The first mention in an edition of an entry with a `first` form (the explained rendering,
 * e.g. the "two assurances and three guarantees" (assured food and clothing; …)) should use that
 * form; later mentions use the compact `en`. Needs the edition's reading order, which the caller
 * passes as `mentionedBefore`; without it the rule cannot know and says nothing.
 */
export const termFirstMention: SegmentRule = {
  id: 'term/first-mention',
  category: 'term',
  severity: 'warning',
  scope: 'segment',
  description: 'The first mention of a term in an edition lacks the explained "first" form.',
  check(pair) {
    const before = pair.mentionedBefore;
    if (!before || pair.target.trim() === '') return [];
    return uniqueEntries(pair.matches)
      .filter((m) => m.entry.first && !before.has(m.entry.zh) && findForm(pair.target, m.entry.first).length === 0)
      .map((m) =>
        finding(this, pair, {
          reason: `First mention of "${m.surface}" in this edition should explain it.`,
          expected: m.entry.first,
          hint: 'Use the glossary "first" form here; later mentions can use the short form.',
        }),
      );
  },
};
