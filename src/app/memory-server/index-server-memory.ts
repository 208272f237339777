import type { MemoryEntry } from '../../model/memory-entry.js';
import { FuzzyIndex } from '../../stages/memory-lookup/fuzzy-index.js';
import { compareKeys, TranslationMemory } from '../../stores/memory-jsonl.js';
import type { MemoryStore } from '../../stores/memory-store.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import { createMemoryLookup, type MemoryLookup } from '../../stages/memory-lookup/memory-lookup.js';

const built = new WeakMap<MemoryStore, { replica: unknown; keys: string[]; entries: MemoryEntry[]; index: FuzzyIndex }>();

/**
 * The memory on the server with its fuzzy index, for commands that fill reports (translate, build,
 * the review page). A long-running process (the review page) builds the index again only when the
 * change cursor brought changes since the last call; each call gets its own TranslationMemory.
 */
export async function indexServerMemory(root: string, store: MemoryStore, threshold?: number): Promise<{ memory: TranslationMemory; lookup: MemoryLookup }> {
  const pgStore = store as PgMemoryStore;
  const replica = await pgStore.snapshot();
  let cached = built.get(store);
  if (cached?.replica !== replica) {
    const entries = [...replica.values()].map((r) => r.entry).sort((a, b) => compareKeys(a.key, b.key));
    const keys = entries.filter((e) => e.target).map((e) => e.key);
    cached = { replica, keys, entries, index: new FuzzyIndex(keys) };
    built.set(store, cached);
  }
  const { keys, entries, index } = cached;
  const memory = new TranslationMemory(root, entries);
  return { memory, lookup: createMemoryLookup({ memory, index, keyOf: (j) => keys[j]!, threshold }) };
}
