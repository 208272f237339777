import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentedDocument } from '../model/document.js';
import { createGlossaryMatcher, type GlossaryMatcher } from '../stages/glossary-match/match-glossary.js';
import { createMatchAdapter } from '../stages/memory-lookup/adapt-match.js';
import { loadGlossary } from '../stores/glossary-yaml.js';
import { lookupUnits } from '../stages/memory-lookup/lookup-units.js';
import type { MemoryLookup } from '../stages/memory-lookup/memory-lookup.js';
import { loadMemoryLookup, openMemoryLookup } from '../stages/memory-lookup/open-memory-lookup.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { TranslationMemory } from '../stores/memory-jsonl.js';
import { memoryStoreFor } from '../stores/memory-store.js';
import { loadProjectConfig } from '../config/load-project-config.js';
import { loadSegmentedReport } from './corpus.js';

/**
 * The project's memory, read once, with its lookup (fuzzy index from the index cache when that
 * matches the file, so only the first command after a change pays for building it; fuzzy threshold
 * from duizhao.yaml `memory.fuzzyThreshold`). A project on a memory server gets the server's
 * entries with an in-process index kept current by the change cursor.
 */
export async function loadProjectMemory(root: string): Promise<{ readonly memory: TranslationMemory; lookup: MemoryLookup }> {
  const { memory } = await loadProjectConfig(root);
  const store = memoryStoreFor(root);
  if (store) return (await import('./memory-server/index-server-memory.js')).indexServerMemory(root, store, memory?.fuzzyThreshold);
  return loadMemoryLookup(root, (entries) => new TranslationMemory(root, entries), memory?.fuzzyThreshold);
}

/** A lookup that holds files open: close it when done. */
export interface ProjectLookup {
  lookup: MemoryLookup;
  close(): Promise<void>;
}

/**
 * The project memory's lookup without loading every entry (for a command that only looks segments
 * up, as the build does): exact entries are read line by line through the index cache, so while the
 * cache is current memory.jsonl is never parsed whole (at a million entries that parse is most of a
 * build's time). A project on a memory server gets the server's entries and in-process index.
 */
export async function openProjectLookup(root: string): Promise<ProjectLookup> {
  if (memoryStoreFor(root)) return { lookup: (await loadProjectMemory(root)).lookup, close: async () => undefined };
  const { memory } = await loadProjectConfig(root);
  const lookup = await openMemoryLookup(root, { threshold: memory?.fuzzyThreshold });
  return { lookup, close: () => lookup.close() };
}

/**
 * Matches the glossary in every unit, then fills the units from the memory (exact, else fuzzy
 * suggestions adapted for changed figures and terms).
 */
export function fillFromMemory(doc: SegmentedDocument, lookup: MemoryLookup, matcher?: GlossaryMatcher): SegmentedDocument {
  const units = documentUnits(doc);
  if (matcher) for (const unit of units) unit.terms = matcher.match(unit.source);
  const adapt = createMatchAdapter(matcher ? (text) => matcher.match(text) : undefined);
  lookupUnits(units, { lookup, adapt });
  return doc;
}

/** The project's glossary matcher, or none when the project has no glossary folder. */
export async function loadProjectMatcher(root: string): Promise<GlossaryMatcher | undefined> {
  if (!existsSync(join(root, 'glossary'))) return undefined;
  return createGlossaryMatcher(await loadGlossary(root));
}

/** What every command that shows reports as the build fills them needs, loaded once per run. */
export interface ReportFiller {
  readonly memory: TranslationMemory;
  matcher: GlossaryMatcher | undefined;
  /** Segments a report and fills it from the memory and the glossary. */
  fill(slug: string): Promise<SegmentedDocument>;
}

export async function openReportFiller(root: string): Promise<ReportFiller> {
  const loaded = await loadProjectMemory(root);
  const matcher = await loadProjectMatcher(root);
  return {
    // Asked for only by commands that need every entry (on a memory server the lookup does without).
    get memory() {
      return loaded.memory;
    },
    matcher,
    fill: async (slug) => fillFromMemory(await loadSegmentedReport(root, slug), loaded.lookup, matcher),
  };
}
