import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAppError, type AppError } from '../errors.js';
import type { SegmentedDocument } from '../model/document.js';
import { renderBilingualEdition } from '../stages/render/bilingual-edition.js';
import { coverageOf, type Coverage } from '../stages/render/edition-text.js';
import { placeNamesInEnglish } from '../stages/render/edition-front-matter.js';
import { renderEnglishEdition } from '../stages/render/english-edition.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { writeTextIfChanged } from '../stores/atomic-write.js';
import { resolveReports } from './corpus.js';
import { openReportFiller } from './fill-from-memory.js';

export interface BuildReportResult {
  slug: string;
  coverage: Coverage;
  /** Project-relative paths of the editions written (unchanged files are not rewritten). */
  written: string[];
  doc: SegmentedDocument;
}

export interface BuildEditionsResult {
  reports: BuildReportResult[];
  /** Reports that could not be built (no zh.md, a bad report.yaml …): the others are built anyway. */
  failed: Array<{ slug: string; error: AppError }>;
}

/**
 * The main job: for each report, segments → memory lookup → English and bilingual editions in
 * translations/. Files are rewritten only when their content changes, so a second build is a
 * no-op; the memory learns which reports each segment occurs in.
 */
export async function buildEditions(root: string, slugs: readonly string[] = []): Promise<BuildEditionsResult> {
  const reports = await resolveReports(root, slugs);
  const filler = await openReportFiller(root);
  const memory = filler.memory;
  const places = (doc: SegmentedDocument) => (filler.matcher ? placeNamesInEnglish(doc, (text) => filler.matcher!.match(text)) : {});
  const results: BuildReportResult[] = [];
  const failed: BuildEditionsResult['failed'] = [];
  for (const slug of reports) {
    // One bad report must not stop the others: it is reported, they are built.
    const doc = await filler.fill(slug).catch((error: unknown) => {
      if (!isAppError(error)) throw error;
      failed.push({ slug, error });
      return undefined;
    });
    if (!doc) continue;
    for (const unit of documentUnits(doc)) if (memory.get(unit.key)) memory.addReport(unit.key, slug);
    const written: string[] = [];
    for (const [name, text] of [[`${slug}.en.md`, renderEnglishEdition(doc, places(doc))], [`${slug}.zh-en.md`, renderBilingualEdition(doc)]] as const) {
      const path = join(root, 'translations', name);
      const current = existsSync(path) ? await readFile(path, 'utf8') : undefined;
      if (await writeTextIfChanged(path, text, current)) written.push(`translations/${name}`);
    }
    results.push({ slug, coverage: coverageOf(documentUnits(doc)), written, doc });
  }
  await memory.save();
  return { reports: results, failed };
}
