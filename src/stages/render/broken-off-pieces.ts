import type { SegmentedDocument, SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';

/** The translator's note a piece gets when its source breaks off and no one has written one. */
export const BROKEN_OFF_NOTE = 'The source text breaks off here; the rest of this piece is missing.';

/** Blocks that begin another piece: a paragraph before them closes the piece before. */
const STARTS = new Set(['title', 'subtitle', 'byline']);
/** Chinese that stops mid-sentence: a comma, enumeration comma or semicolon, or no punctuation at all. */
const UNFINISHED = /(?:[，、；,;]|[\p{Script=Han}\p{L}\p{N}])$/u;

/**
 * The last segment of each piece whose Chinese breaks off mid-sentence: a running-text paragraph
 * that ends without a full stop (…薪火相传；) right before the next piece's headline (a title,
 * subtitle, top-level heading or byline), or at the end of the report. Captions and headings never count; a colon (a list follows)
 * does not either.
 */
export function brokenOffUnits(doc: SegmentedDocument): TranslationUnit[] {
  const out: TranslationUnit[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (p.block.type !== 'paragraph' || !closesPiece(doc.paragraphs, i)) return;
    const last = p.units[p.units.length - 1];
    if (last && UNFINISHED.test(last.source.trim())) out.push(last);
  });
  return out;
}

function closesPiece(paragraphs: readonly SegmentedParagraph[], i: number): boolean {
  const next = paragraphs.slice(i + 1).find((p) => p.block.type !== 'caption');
  // A piece's own headline is a top-level heading; a numbered sub-heading (### 落实两个不愁) follows
  // a list-like phrase (不愁吃，不愁穿) that is complete as it stands.
  return next === undefined || STARTS.has(next.block.type) || (next.block.type === 'heading' && (next.block.level ?? 1) <= 1);
}

/** The reader's note of a unit: its own footnote, or the broken-off note where the source stops mid-sentence. */
export function withBrokenOffNotes(doc: SegmentedDocument): Map<TranslationUnit, string> {
  const notes = new Map<TranslationUnit, string>();
  for (const unit of brokenOffUnits(doc)) if (!unit.footnote?.trim()) notes.set(unit, BROKEN_OFF_NOTE);
  return notes;
}
