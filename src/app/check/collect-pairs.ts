import type { SegmentedDocument } from '../../model/document.js';
import type { GlossaryMatcher } from '../../stages/glossary-match/match-glossary.js';
import type { CheckedPair } from '../../stages/qa/index.js';
import { isRunningText } from '../../stages/qa/term-first-mention.js';

/** A checked pair with what a reviewer needs to find it. */
export interface ReportPair extends CheckedPair {
  report: string;
  paragraph: number;
}

/**
 * The translated units of a report (those with a target) as checked pairs, in reading order,
 * each with its glossary matches and the entries mentioned in the edition before it (so
 * term/first-mention knows which mention is the first). Only running text counts: a term in a
 * title or heading is explained at its first mention in the text below. Untranslated units still
 * count as mentions: the edition shows them to the reader in Chinese.
 */
export function collectPairs(doc: SegmentedDocument, matcher: GlossaryMatcher): ReportPair[] {
  const seen = new Set<string>();
  const pairs: ReportPair[] = [];
  for (const paragraph of doc.paragraphs) {
    for (const unit of paragraph.units) {
      // The translator has matched the glossary already; match here only for units it did not fill.
      const matches = unit.terms ?? matcher.match(unit.source);
      if (unit.target !== undefined) {
        pairs.push({
          segmentId: unit.id,
          source: unit.source,
          target: unit.target,
          key: unit.key,
          report: doc.meta.id,
          file: unit.location.file,
          line: unit.location.line,
          paragraph: unit.location.paragraph,
          kind: unit.kind,
          matches,
          mentionedBefore: new Set(seen),
        });
      }
      if (isRunningText(unit.kind)) for (const m of matches) seen.add(m.entry.zh);
    }
  }
  return pairs;
}
