import { isAppError } from '../../errors.js';
import type { UnitLocation } from '../../model/unit.js';
import { documentUnits } from '../../stages/segment/segment-document.js';
import { listReports, loadSegmentedReport } from '../corpus.js';

/** One Chinese segment of the corpus, as the glossary commands see it. */
export interface CorpusSegment {
  report: string;
  id: string;
  /** Memory key (normalised Simplified source). */
  key: string;
  source: string;
  location: UnitLocation;
}

export interface CorpusSegmentsResult {
  segments: CorpusSegment[];
  /** Reports that could not be read (not ingested yet), with the reason. */
  skipped: string[];
}

/** Every segment of every ingested report, in report and text order. */
export async function loadCorpusSegments(root: string): Promise<CorpusSegmentsResult> {
  const result: CorpusSegmentsResult = { segments: [], skipped: [] };
  for (const report of await listReports(root)) {
    try {
      const doc = await loadSegmentedReport(root, report);
      for (const unit of documentUnits(doc)) {
        result.segments.push({ report, id: unit.id, key: unit.key, source: unit.source, location: unit.location });
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      result.skipped.push(`${report}: ${error.message}`);
    }
  }
  return result;
}
