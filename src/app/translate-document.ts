import type { SegmentedDocument } from '../model/document.js';
import { FuzzyIndex } from '../stages/memory-lookup/fuzzy-index.js';
import { lookupUnits, type LookupOptions } from '../stages/memory-lookup/lookup-units.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import type { TranslationMemory } from '../stores/memory-jsonl.js';

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

/** Fills a segmented report's units from the memory (exact, else fuzzy suggestions). */
export function translateDocument(doc: SegmentedDocument, indexed: IndexedMemory, adapt?: LookupOptions['adapt']): SegmentedDocument {
  lookupUnits(documentUnits(doc), { memory: indexed.memory, index: indexed.index, keys: indexed.keys, ...(adapt ? { adapt } : {}) });
  return doc;
}
