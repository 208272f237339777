import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentedDocument } from '../model/document.js';
import { createGlossaryMatcher, type GlossaryMatcher } from '../stages/glossary-match/match-glossary.js';
import { createMatchAdapter } from '../stages/memory-lookup/adapt-match.js';
import { loadGlossary } from '../stores/glossary-yaml.js';
import { FuzzyIndex } from '../stages/memory-lookup/fuzzy-index.js';
import { lookupUnits } from '../stages/memory-lookup/lookup-units.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { loadMemory, type TranslationMemory } from '../stores/memory-jsonl.js';
import { loadSegmentedReport } from './corpus.js';

/** A memory with its fuzzy index, built once per command run. */
export interface IndexedMemory {
  memory: TranslationMemory;
  index: FuzzyIndex;
  keys: string[];
}

export function indexMemory(memory: TranslationMemory): IndexedMemory {
  const keys = memory.entries().filter((e) => e.target).map((e) => e.key);
  return { memory, index: new FuzzyIndex(keys), keys };
}

/**
 * Matches the glossary in every unit, then fills the units from the memory (exact, else fuzzy
 * suggestions adapted for changed figures and terms).
 */
export function translateDocument(doc: SegmentedDocument, indexed: IndexedMemory, matcher?: GlossaryMatcher): SegmentedDocument {
  const units = documentUnits(doc);
  if (matcher) for (const unit of units) unit.terms = matcher.match(unit.source);
  const adapt = createMatchAdapter(matcher ? (text) => matcher.match(text) : undefined);
  lookupUnits(units, { memory: indexed.memory, index: indexed.index, keys: indexed.keys, adapt });
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
  const memory = await loadMemory(root);
  const indexed = indexMemory(memory);
  const matcher = await loadProjectMatcher(root);
  return { memory, matcher, translate: async (slug) => translateDocument(await loadSegmentedReport(root, slug), indexed, matcher) };
}
