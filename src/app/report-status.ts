import type { SegmentCounts } from '../model/document.js';
import type { UnitState } from '../model/unit.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { resolveReports } from './corpus.js';
import { openReportFiller } from './fill-from-memory.js';

export interface ReportStatus extends SegmentCounts {
  slug: string;
  /** Glossary term occurrences in the report's Chinese (when a matcher is given). */
  glossaryHits?: number;
}

/** Per-report progress, computed the same way the build fills the editions. */
export async function reportStatus(root: string, slugs: readonly string[] = []): Promise<ReportStatus[]> {
  const filler = await openReportFiller(root);
  const out: ReportStatus[] = [];
  for (const slug of await resolveReports(root, slugs)) {
    const units = documentUnits(await filler.fill(slug));
    const count = (state: UnitState) => units.filter((u) => u.target && u.state === state).length;
    const status: ReportStatus = {
      slug,
      segments: units.length,
      translated: count('translated'),
      reviewed: count('reviewed'),
      approved: count('approved'),
      draft: count('draft'),
      fuzzy: units.filter((u) => !u.target && u.suggestions?.length).length,
      missing: units.filter((u) => !u.target && !u.suggestions?.length).length,
    };
    if (filler.matcher) status.glossaryHits = units.reduce((n, u) => n + (u.terms?.length ?? 0), 0);
    out.push(status);
  }
  return out;
}
