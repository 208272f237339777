import type { TranslationUnit } from '../../model/unit.js';

/** How far a segment is from publishable: `final` (a human's translation), a machine `draft`, a `fuzzy` suggestion, or `missing`. */
export type SegmentStatus = 'final' | 'draft' | 'fuzzy' | 'missing';

export function segmentStatus(unit: TranslationUnit): SegmentStatus {
  if (unit.target && unit.state !== 'empty') return unit.state === 'draft' ? 'draft' : 'final';
  return unit.suggestions?.length ? 'fuzzy' : 'missing';
}
