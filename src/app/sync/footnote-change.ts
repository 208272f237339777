import { decideFootnote } from '../decide-footnote.js';
import { segmentChange, type CurrentSegment, type SegmentDecision } from './decide-segment.js';
import type { EditedSegment } from './parse-bilingual-edition.js';

/**
 * Adds the reviewer's translator's note to what sync does with a segment (decideFootnote): with
 * an edit of the English it rides along; alone it is a note-only change that keeps the memory's
 * English, state and origin. A segment without a marker and without a note line leaves the note alone.
 */
export function withFootnote(decision: SegmentDecision, segment: EditedSegment, current: CurrentSegment): SegmentDecision {
  if (decision.conflict || (segment.footnote === undefined && segment.footnoteBase === undefined)) return decision;
  const note = decideFootnote(segment.footnote ?? '', segment.footnoteBase, current.unit.footnote ?? '');
  if (note.kind === 'keep') return decision;
  if (note.kind === 'conflict') return { conflict: note.what };
  if (decision.change) return { change: { ...decision.change, footnote: note.footnote } };
  const { unit } = current;
  if (!current.english) return { conflict: "a translator's note needs English to go with: write the English under the quote too." };
  return { change: { ...segmentChange(current, { state: unit.state, english: current.english, origin: unit.origin ?? 'manual' }, false), footnote: note.footnote } };
}
