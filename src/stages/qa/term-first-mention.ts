import type { GlossaryMatch } from '../../model/glossary-entry.js';
import type { SegmentKind } from '../../model/unit.js';
import { findForm } from './find-rendering.js';
import { finding, uniqueEntries, type CheckedPair, type SegmentRule } from './qa-rule.js';

/** Running text: the only place an explanation belongs. Titles, headings, captions and bylines never carry one. */
export function isRunningText(kind: SegmentKind | undefined): boolean {
  return kind === undefined || kind === 'sentence';
}

/**
 * The target carries the entry's explanation: its `first` form has a bracketed gloss (not just a
 * fuller name such as "secretary of the county Party committee") and is present.
 */
function explained(pair: CheckedPair, m: GlossaryMatch): boolean {
  const first = m.entry.first;
  return Boolean(first && /\(.+\)/.test(first) && findForm(pair.target, first).length > 0);
}

/**
 * The first mention of an entry with a `first` form (the explained rendering, e.g. the "two
 * assurances and three guarantees" (assured food and clothing; …)) in the running text of an
 * edition uses that form; later mentions use the compact `en`, so a term is explained once. A
 * title or heading never carries the explanation: it goes to the first mention in the text below.
 * Needs the edition's reading order (`mentionedBefore`, running text only); without it the rule
 * says nothing about order but still flags an explanation in a heading.
 */
export const termFirstMention: SegmentRule = {
  id: 'term/first-mention',
  category: 'term',
  severity: 'warning',
  description: 'A term is explained in a heading, not at its first mention in the running text, or more than once.',
  scope: 'segment',
  check(pair) {
    if (pair.target.trim() === '') return [];
    const entries = uniqueEntries(pair.matches).filter((m) => m.entry.first);
    if (!isRunningText(pair.kind)) {
      return entries.filter((m) => explained(pair, m)).map((m) => finding(this, pair, {
        reason: `A ${pair.kind} explains "${m.surface}"; titles, headings and captions take the short form.`,
        expected: m.entry.en,
        hint: 'Use the short form here and the glossary "first" form at the first mention in the text.',
      }));
    }
    const before = pair.mentionedBefore;
    if (!before) return [];
    return entries.flatMap((m) => {
      const isFirst = !before.has(m.entry.zh);
      if (isFirst && findForm(pair.target, m.entry.first!).length === 0) {
        return [finding(this, pair, {
          reason: `First mention of "${m.surface}" in this edition should explain it.`,
          expected: m.entry.first,
          hint: 'Use the glossary "first" form here; later mentions can use the short form.',
        })];
      }
      if (!isFirst && explained(pair, m)) {
        return [finding(this, pair, {
          reason: `"${m.surface}" is explained again; the edition explained it at its first mention.`,
          expected: m.entry.en,
          hint: 'Use the short form after the first mention.',
        })];
      }
      return [];
    });
  },
};
