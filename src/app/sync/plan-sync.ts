import type { SegmentedDocument } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { shownEnglish, statusWord } from '../../stages/render/bilingual-edition.js';
import { keyHash, segmentKey } from '../../text/segment-key.js';
import { documentUnits } from '../../stages/segment/segment-document.js';
import { decideSegment, type SyncChange } from './decide-segment.js';
import { withFootnote } from './footnote-change.js';
import type { EditedSegment, ParsedEdition } from './parse-bilingual-edition.js';
import { clip, type SyncConflict } from './sync-conflict.js';

export interface PlanSyncResult {
  changes: SyncChange[];
  conflicts: SyncConflict[];
}

/**
 * Compares a reviewer's edition with the report as it is now (units filled from the memory):
 * every segment of the report must be in the file once, with its Chinese unchanged; segments the
 * reviewer changed become changes, everything odd becomes a conflict.
 */
export function planSync(edition: ParsedEdition, doc: SegmentedDocument, file: string): PlanSyncResult {
  const units = new Map(documentUnits(doc).map((u) => [u.id, u]));
  const out: PlanSyncResult = { changes: [], conflicts: [...edition.conflicts] };
  const seen = new Set<string>();
  for (const segment of edition.segments) {
    seen.add(segment.id);
    const unit = units.get(segment.id);
    const problem = unit ? checkChinese(segment, unit, doc.meta.id) : unknownSegment(segment, doc.meta.id);
    if (problem || !unit) {
      out.conflicts.push({ file, line: segment.line, id: segment.id, what: problem ?? '' });
      continue;
    }
    const current = { unit, status: statusWord(unit), english: shownEnglish(unit) };
    const decision = withFootnote(decideSegment(segment, current), segment, current);
    if (decision.conflict) out.conflicts.push({ file, line: segment.line, id: segment.id, what: decision.conflict });
    if (decision.change) out.changes.push({ ...decision.change, file, line: segment.line, report: doc.meta.id });
  }
  for (const paragraph of doc.paragraphs) {
    for (const unit of paragraph.units) {
      if (seen.has(unit.id)) continue;
      const line = edition.paragraphLines.get(paragraph.index) ?? 0;
      out.conflicts.push({ file, line, id: unit.id, what: `segment "${clip(unit.source)}" (¶${paragraph.index}) is missing from the file: was its heading (### \`${unit.id}\` status) deleted? Restore it (git diff shows it).` });
    }
  }
  out.conflicts.sort((a, b) => a.line - b.line);
  return out;
}

function checkChinese(segment: EditedSegment, unit: TranslationUnit, slug: string): string | undefined {
  if (segment.chinese === undefined) return undefined; // reported by the parser
  if (segmentKey(segment.chinese) === unit.key) return undefined;
  return `the quoted Chinese differs from the report's segment "${clip(unit.source)}". The Chinese is edited in corpus/${slug}/zh.md, not here: restore the quote.`;
}

/** An id the report does not have: the Chinese changed since the build, or the id was altered. */
function unknownSegment(segment: EditedSegment, slug: string): string {
  const quoted = segment.chinese !== undefined ? keyHash(segmentKey(segment.chinese)) : undefined;
  if (quoted !== undefined && quoted === segment.id.replace(/-\d+$/, '')) {
    return `the Chinese source changed since this edition was built (corpus/${slug}/zh.md no longer has "${clip(segment.chinese ?? '')}"). Keep a copy of your edits, run duizhao build ${slug}, and re-apply them.`;
  }
  return `unknown id: report ${slug} has no segment ${segment.id}. Was the id altered? Restore it (git diff shows it).`;
}
