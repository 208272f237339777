import type { SegmentedDocument } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { shownFootnote, statusWord, shownEnglish } from '../../stages/render/bilingual-edition.js';
import { documentUnits } from '../../stages/segment/segment-document.js';
import { resolveReports } from '../corpus.js';
import { reportStatus } from '../report-status.js';
import { loadReportMeta } from '../report-meta.js';
import { openReportFiller } from '../fill-from-memory.js';
import type { ReviewReport, ReviewReportSummary, ReviewSegment } from './review-types.js';

/** Every report with its progress, for the review page's list. */
export async function listReviewReports(root: string): Promise<ReviewReportSummary[]> {
  const statuses = await reportStatus(root);
  return Promise.all(statuses.map(async (s) => {
    const { glossaryHits: _hits, ...counts } = s;
    return { ...counts, title: (await loadReportMeta(root, s.slug)).title };
  }));
}

/** One report as the review page shows it: filled from the memory exactly as `duizhao build` does. */
export async function loadReviewReport(root: string, slug: string): Promise<ReviewReport> {
  const doc = await loadTranslatedReport(root, slug);
  return {
    slug,
    title: doc.meta.title,
    paragraphs: doc.paragraphs.map((p) => ({
      index: p.index,
      type: p.block.type,
      ...(p.block.ordinal ? { ordinal: p.block.ordinal } : {}),
      segments: p.units.map(reviewSegment),
    })),
  };
}

export async function loadTranslatedReport(root: string, slug: string): Promise<SegmentedDocument> {
  await resolveReports(root, [slug]);
  return (await openReportFiller(root)).fill(slug);
}

export function findUnit(doc: SegmentedDocument, id: string): TranslationUnit | undefined {
  return documentUnits(doc).find((u) => u.id === id);
}

export function reviewSegment(unit: TranslationUnit): ReviewSegment {
  return {
    id: unit.id,
    source: unit.source,
    target: shownEnglish(unit),
    state: unit.state,
    status: statusWord(unit),
    ...(unit.origin ? { origin: unit.origin } : {}),
    footnote: shownFootnote(unit),
    notes: unit.notes,
    suggestions: (unit.suggestions ?? []).map((s) => ({ target: s.target, origin: s.origin, ...(s.score !== undefined ? { score: Math.floor(s.score) } : {}), ...(s.adaptations ? { adaptations: s.adaptations } : {}) })),
    terms: (unit.terms ?? []).map((t) => ({
      start: t.start,
      end: t.end,
      surface: t.surface,
      zh: t.entry.zh,
      en: t.entry.en,
      ...(t.entry.note ? { note: t.entry.note } : {}),
      kind: t.entry.kind,
      status: t.entry.status,
    })),
  };
}
