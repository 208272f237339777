import type { Severity } from '../../model/diagnostic.js';
import type { SegmentCounts } from '../../model/document.js';
import type { GlossaryKind, GlossaryStatus } from '../../model/glossary-entry.js';
import type { UnitState } from '../../model/unit.js';

/**
 * What the review server sends the page, as JSON. Shared by the server and the page (the page
 * imports these types only, so nothing of the server is bundled into it).
 */
export interface ReviewReportSummary extends SegmentCounts {
  slug: string;
  title: string;
}

export interface ReviewTerm {
  /** UTF-16 offsets into the segment's source, end exclusive. */
  start: number;
  end: number;
  surface: string;
  zh: string;
  en: string;
  note?: string;
  kind: GlossaryKind;
  status: GlossaryStatus;
}

export interface ReviewSuggestion {
  target: string;
  origin: string;
  score?: number;
  adaptations?: string[];
}

export interface ReviewFinding {
  segmentId: string;
  ruleId: string;
  severity: Severity;
  reason: string;
  expected?: string;
  actual?: string;
  hint?: string;
}

export interface ReviewSegment {
  id: string;
  source: string;
  /** '' when the segment has no translation. */
  target: string;
  state: UnitState;
  /** The status word of the bilingual edition: the state, or `fuzzy` / `missing`. */
  status: string;
  origin?: string;
  /** The translator's note printed as a footnote in the English edition; '' when none. */
  footnote: string;
  notes: string[];
  suggestions: ReviewSuggestion[];
  terms: ReviewTerm[];
}

export interface ReviewParagraph {
  index: number;
  type: string;
  ordinal?: string;
  segments: ReviewSegment[];
}

export interface ReviewReport {
  slug: string;
  title: string;
  paragraphs: ReviewParagraph[];
}

export interface ReviewFindings {
  /** False when no quality checker is plugged in or it failed (see `error`). */
  available: boolean;
  error?: string;
  findings: ReviewFinding[];
}

/** The body of a save: what the reviewer wants, and what they saw before (to detect a lost update). */
export interface SaveSegmentRequest {
  target: string;
  state: 'translated' | 'reviewed' | 'approved';
  /** The translator's note as the reviewer wants it ('' removes it); absent leaves it alone. */
  footnote?: string;
  expected?: { target: string; state: UnitState; footnote?: string };
}
