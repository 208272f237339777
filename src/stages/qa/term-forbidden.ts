import type { Span } from '../numbers/index.js';
import { findForm, findRendering } from './find-rendering.js';
import { finding, uniqueEntries, type CheckedPair, type SegmentRule } from './qa-rule.js';

const inside = (spans: readonly Span[], [s, e]: Span) => spans.some(([a, b]) => a <= s && e <= b);

/**
 * A forbidden rendering of a glossary term found in the source is present in the English.
 * Not reported: a span already reported under another forbidden form of the entry (kilometer /
 * kilometers), or one that is the approved rendering of another term in the same source
 * (Shaanxi is forbidden for 山西 but right for 陕西 when both provinces are named).
 */
export const termForbidden: SegmentRule = {
  id: 'term/forbidden',
  category: 'term',
  severity: 'error',
  scope: 'segment',
  description: 'The English uses a rendering the glossary forbids for a term in the Chinese.',
  check(pair) {
    const entries = uniqueEntries(pair.matches);
    return entries.flatMap((m) => {
      const allowed = otherRenderings(pair, m.entry.zh);
      const reported: Span[] = [];
      return (m.entry.forbidden ?? []).flatMap((form) => {
        const spans = findForm(pair.target, form).filter((span) => !inside(allowed, span) && !inside(reported, span));
        if (spans.length === 0) return [];
        reported.push(...spans);
        return [
          finding(this, pair, {
            reason: `"${m.surface}" is rendered with the forbidden form "${form}".`,
            expected: m.entry.en,
            actual: pair.target.slice(spans[0]?.[0], spans[0]?.[1]),
            hint: m.entry.note ? `Glossary note: ${m.entry.note.trim().split(/(?<=\.)\s/)[0]}` : undefined,
          }),
        ];
      });
    });
  },
};

function otherRenderings(pair: CheckedPair, zh: string): Span[] {
  return uniqueEntries(pair.matches)
    .filter((m) => m.entry.zh !== zh)
    .flatMap((m) => findRendering(pair.target, m.entry)?.spans ?? []);
}
