import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isAppError, type AppError } from '../errors.js';
import type { SegmentedDocument } from '../model/document.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import { IndexCacheDamaged } from '../stages/memory-lookup/index-cache-file.js';
import type { MemoryLookup } from '../stages/memory-lookup/memory-lookup.js';
import { INDEX_CACHE_FILE } from '../stages/memory-lookup/open-memory-index.js';
import { saveThroughCache } from '../stages/memory-lookup/save-through-cache.js';
import { renderBilingualEdition } from '../stages/render/bilingual-edition.js';
import { coverageOf, type Coverage } from '../stages/render/edition-text.js';
import { placeNamesInEnglish } from '../stages/render/edition-front-matter.js';
import { renderEnglishEdition } from '../stages/render/english-edition.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { writeTextIfChanged } from '../stores/atomic-write.js';
import { TranslationMemory } from '../stores/memory-jsonl.js';
import { memoryStoreFor } from '../stores/memory-store.js';
import { loadSegmentedReport, resolveReports } from './corpus.js';
import { fillFromMemory, loadProjectMatcher, openProjectLookup } from './fill-from-memory.js';

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
 * no-op; the memory learns which reports each segment occurs in. The memory is looked up through
 * its index cache, one entry at a time (see openProjectLookup); a cache found damaged while reading
 * is deleted and the build run again (it is rebuilt from memory.jsonl; editions already written
 * are then unchanged).
 */
export async function buildEditions(root: string, slugs: readonly string[] = []): Promise<BuildEditionsResult> {
  try {
    return await buildOnce(root, slugs);
  } catch (error) {
    if (!(error instanceof IndexCacheDamaged)) throw error;
    await rm(join(root, INDEX_CACHE_FILE), { force: true });
    return buildOnce(root, slugs);
  }
}

async function buildOnce(root: string, slugs: readonly string[]): Promise<BuildEditionsResult> {
  const reports = await resolveReports(root, slugs);
  const { lookup, close } = await openProjectLookup(root);
  const results: BuildReportResult[] = [];
  const failed: BuildEditionsResult['failed'] = [];
  const seenIn = new ReportLog();
  try {
    const matcher = await loadProjectMatcher(root);
    const places = (doc: SegmentedDocument) => (matcher ? placeNamesInEnglish(doc, (text) => matcher.match(text)) : {});
    for (const slug of reports) {
      // One bad report must not stop the others: it is reported, they are built.
      const doc = await loadSegmentedReport(root, slug).then((d) => fillFromMemory(d, lookup, matcher)).catch((error: unknown) => {
        if (!isAppError(error)) throw error;
        failed.push({ slug, error });
        return undefined;
      });
      if (!doc) continue;
      seenIn.record(doc, slug, lookup);
      const written = await writeEditions(root, slug, [renderEnglishEdition(doc, places(doc)), renderBilingualEdition(doc)]);
      results.push({ slug, coverage: coverageOf(documentUnits(doc)), written, doc });
    }
  } finally {
    await close();
  }
  await seenIn.save(root);
  return { reports: results, failed };
}

/** Writes `<slug>.en.md` and `<slug>.zh-en.md` where their text changed; the paths written. */
async function writeEditions(root: string, slug: string, [english, bilingual]: [string, string]): Promise<string[]> {
  const written: string[] = [];
  for (const [name, text] of [[`${slug}.en.md`, english], [`${slug}.zh-en.md`, bilingual]] as const) {
    const path = join(root, 'translations', name);
    const current = existsSync(path) ? await readFile(path, 'utf8') : undefined;
    if (await writeTextIfChanged(path, text, current)) written.push(`translations/${name}`);
  }
  return written;
}

/**
 * The reports each memory entry was found in that its `reports` does not list yet. Saved through a
 * TranslationMemory holding only those entries; the changes are applied on top of the memory as
 * it is then, under the lock, through the index cache where the file allows (saveThroughCache),
 * else by save(), which re-reads the file whole.
 */
class ReportLog {
  private readonly entries = new Map<string, MemoryEntry>();
  private readonly added: Array<[key: string, slug: string]> = [];

  record(doc: SegmentedDocument, slug: string, lookup: MemoryLookup): void {
    for (const unit of documentUnits(doc)) {
      const entry = this.entries.get(unit.key) ?? lookup.get(unit.key);
      if (!entry || entry.reports.includes(slug)) continue;
      this.entries.set(entry.key, entry);
      this.added.push([entry.key, slug]);
    }
  }

  async save(root: string): Promise<void> {
    if (this.added.length === 0) return;
    const memory = new TranslationMemory(root, this.entries.values());
    for (const [key, slug] of this.added) memory.addReport(key, slug);
    // The git file: its changed lines spliced in and the index cache kept current (no reparse at 1M entries).
    if (!memoryStoreFor(root) && (await saveThroughCache(root, memory.changedEntries()))) return;
    await memory.save();
  }
}
