import type { ReviewFinding, ReviewSegment } from '../../../app/review/review-types.js';

export interface SegmentFilter {
  status: string;
  hasFindings: boolean;
  term: string;
  search: string;
}

export const NO_FILTER: SegmentFilter = { status: '', hasFindings: false, term: '', search: '' };

/** Whether a segment passes the toolbar's filters (search is case-insensitive, in either language). */
export function matchesFilter(segment: ReviewSegment, findings: readonly ReviewFinding[], filter: SegmentFilter): boolean {
  if (filter.status && segment.status !== filter.status) return false;
  if (filter.hasFindings && findings.length === 0) return false;
  if (filter.term && !segment.terms.some((term) => term.zh === filter.term)) return false;
  const query = filter.search.trim().toLowerCase();
  if (query && !segment.source.toLowerCase().includes(query) && !segment.target.toLowerCase().includes(query)) return false;
  return true;
}
