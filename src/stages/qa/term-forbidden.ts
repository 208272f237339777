import { findForm } from './find-rendering.js';
import { finding, uniqueEntries, type SegmentRule } from './qa-rule.js';

/** A forbidden rendering of a glossary term found in the source is present in the English. */
export const termForbidden: SegmentRule = {
  id: 'term/forbidden',
  category: 'term',
  severity: 'error',
  scope: 'segment',
  description: 'The English uses a rendering the glossary forbids for a term in the Chinese.',
  check(pair) {
    return uniqueEntries(pair.matches).flatMap((m) =>
      (m.entry.forbidden ?? [])
        .filter((form) => findForm(pair.target, form).length > 0)
        .map((form) =>
          finding(this, pair, {
            reason: `"${m.surface}" is rendered with the forbidden form "${form}".`,
            expected: m.entry.en,
            actual: form,
            hint: m.entry.note ? `Glossary note: ${m.entry.note.trim().split(/(?<=\.)\s/)[0]}` : undefined,
          }),
        ),
    );
  },
};
