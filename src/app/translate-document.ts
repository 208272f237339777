import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentedDocument } from '../model/document.js';
import { createGlossaryMatcher, type GlossaryMatcher } from '../stages/glossary-match/match-glossary.js';
import { createMatchAdapter } from '../stages/memory-lookup/adapt-match.js';
import { loadGlossary } from '../stores/glossary-yaml.js';
import { FuzzyIndex } from '../stages/memory-lookup/fuzzy-index.js';
import { lookupUnits } from '../stages/memory-lookup/lookup-units.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { entriesOfScan, TranslationMemory } from '../stores/memory-jsonl.js';
import { openMemoryIndex } from '../stages/memory-lookup/open-memory-index.js';
import { memoryStoreFor } from '../stores/memory-store.js';
import { loadSegmentedReport } from './corpus.js';

/** A memory with its fuzzy index, built (or read from the index cache) once per command run. */
export interface IndexedMemory {
  memory: TranslationMemory;
  index: FuzzyIndex;
  /** The key of the index's string `j` (a hit's `index`). */
  keyOf(j: number): string;
}

/** Builds the index in memory (no cache): for memories that exist only in this process. */
export function indexMemory(memory: TranslationMemory): IndexedMemory {
  const keys = memory.entries().filter((e) => e.target).map((e) => e.key);
  return { memory, index: new FuzzyIndex(keys), keyOf: (j) => keys[j]! };
}

/**
 * The project's memory, read once, with its fuzzy index from the index cache when that matches the
 * file (see openMemoryIndex), so only the first command after a change pays for building it.
 */
export async function loadIndexedMemory(root: string): Promise<IndexedMemory> {
  const store = memoryStoreFor(root);
  if (store) return (await import('./memory-server/index-server-memory.js')).indexServerMemory(root, store);
  const opened = await openMemoryIndex(root, { readAll: true });
  await opened.close();
  const memory = new TranslationMemory(root, opened.scan ? entriesOfScan(opened.scan) : []);
  return { memory, index: opened.index, keyOf: opened.keyOf };
}

/**
 * Matches the glossary in every unit, then fills the units from the memory (exact, else fuzzy
 * suggestions adapted for changed figures and terms).
 */
export function translateDocument(doc: SegmentedDocument, indexed: IndexedMemory, matcher?: GlossaryMatcher): SegmentedDocument {
  const units = documentUnits(doc);
  if (matcher) for (const unit of units) unit.terms = matcher.match(unit.source);
  const adapt = createMatchAdapter(matcher ? (text) => matcher.match(text) : undefined);
  lookupUnits(units, { memory: indexed.memory, index: indexed.index, keyOf: indexed.keyOf, adapt });
  return doc;
}

/** The project's glossary matcher, or none when the project has no glossary folder. */
export async function loadProjectMatcher(root: string): Promise<GlossaryMatcher | undefined> {
  if (!existsSync(join(root, 'glossary'))) return undefined;
  return createGlossaryMatcher(await loadGlossary(root));
}

/** What every command that shows reports as the build fills them needs, loaded once per run. */
export interface ReportTranslator {
  memory: TranslationMemory;
  matcher: GlossaryMatcher | undefined;
  /** Segments a report and fills it from the memory and the glossary. */
  translate(slug: string): Promise<SegmentedDocument>;
}

export async function openReportTranslator(root: string): Promise<ReportTranslator> {
  const indexed = await loadIndexedMemory(root);
  const memory = indexed.memory;
  const matcher = await loadProjectMatcher(root);
  return { memory, matcher, translate: async (slug) => translateDocument(await loadSegmentedReport(root, slug), indexed, matcher) };
}
