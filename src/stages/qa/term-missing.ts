import { acceptedForms, findRendering } from './find-rendering.js';
import { finding, uniqueEntries, type SegmentRule } from './qa-rule.js';

/** A glossary term in the source whose rendering (en, first, short or accepted) is absent from the English. */
export const termMissing: SegmentRule = {
  id: 'term/missing',
  category: 'term',
  severity: 'error',
  scope: 'segment',
  description: 'A glossary term in the Chinese is not rendered with any of its approved English forms.',
  check(pair) {
    if (pair.target.trim() === '') return [];
    return uniqueEntries(pair.matches)
      .filter((m) => m.entry.status !== 'deprecated' && !findRendering(pair.target, m.entry))
      .map((m) =>
        finding(this, pair, {
          reason: `"${m.surface}" is not rendered as the glossary says.`,
          expected: m.entry.en,
          hint: alternatives(acceptedForms(m.entry).slice(1)),
        }),
      );
  },
};

function alternatives(forms: readonly string[]): string {
  const where = 'Use the glossary rendering';
  return forms.length === 0 ? `${where}.` : `${where} (also accepted: ${forms.map((f) => `"${f}"`).join(', ')}).`;
}
