import type { MemoryEntry } from '../../model/memory-entry.js';
import { FuzzyIndex } from '../../stages/memory-lookup/fuzzy-index.js';
import { compareKeys } from '../../stores/key-order.js';
import { TranslationMemory } from '../../stores/memory-jsonl.js';
import type { MemoryStore } from '../../stores/memory-store.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import { IndexCacheDamaged } from '../../stages/memory-lookup/index-cache-file.js';
import { createMemoryLookup, type MemoryLookup } from '../../stages/memory-lookup/memory-lookup.js';
import { ReplicaSnapshot } from './replica-snapshot.js';

const built = new WeakMap<MemoryStore, { replica: unknown; keyOf: (j: number) => string; entries: MemoryEntry[]; index: FuzzyIndex }>();

/**
 * The memory on the server with its fuzzy index, for commands that fill reports (translate, build,
 * the review page). A long-running process (the review page) builds the index again only when the
 * change cursor brought changes since the last call; each call gets its own TranslationMemory.
 * With a replica snapshot whose index still covers every entry with English, that index is used
 * (an entry deleted or emptied since is left out by the lookup, which reads each hit's entry).
 */
export async function indexServerMemory(root: string, store: MemoryStore, threshold?: number): Promise<{ memory: TranslationMemory; lookup: MemoryLookup }> {
  const pgStore = store as PgMemoryStore;
  const replica = await pgStore.snapshot();
  let cached = built.get(store);
  if (cached?.replica !== replica) {
    const entries = [...replica.values()].map((r) => r.entry).sort((a, b) => compareKeys(a.key, b.key));
    const saved = pgStore.replicaCache instanceof ReplicaSnapshot ? pgStore.replicaCache.index : undefined;
    if (saved && entries.every((e) => !e.target || saved.isIndexed(e.key))) cached = { replica, keyOf: saved.keyOf, entries, index: saved.index };
    else {
      const keys = entries.filter((e) => e.target).map((e) => e.key);
      cached = { replica, keyOf: (j) => keys[j]!, entries, index: new FuzzyIndex(keys) };
    }
    built.set(store, cached);
  }
  const { keyOf, entries, index } = cached;
  const memory = new TranslationMemory(root, entries);
  const lookup = createMemoryLookup({ memory, index, keyOf, threshold });
  return { memory, lookup: onDamage(lookup, () => {
    // The snapshot's posting lists are checked at first use: one failed, so none of it is used again.
    if (pgStore.replicaCache instanceof ReplicaSnapshot) pgStore.replicaCache.indexDamaged();
    const keys = entries.filter((e) => e.target).map((e) => e.key);
    built.set(store, (cached = { replica, keyOf: (j) => keys[j]!, entries, index: new FuzzyIndex(keys) }));
    return createMemoryLookup({ memory, index: cached.index, keyOf: cached.keyOf, threshold });
  }) };
}

/** `lookup`, switching to `rebuilt()` for good when the index it searches turns out damaged. */
function onDamage(lookup: MemoryLookup, rebuilt: () => MemoryLookup): MemoryLookup {
  let current = lookup;
  const guarded = <T>(ask: (l: MemoryLookup) => T): T => {
    try {
      return ask(current);
    } catch (error) {
      if (!(error instanceof IndexCacheDamaged) || current !== lookup) throw error;
      current = rebuilt();
      return ask(current);
    }
  };
  return {
    threshold: lookup.threshold,
    get: (key) => current.get(key),
    fuzzy: (key, limit) => guarded((l) => l.fuzzy(key, limit)),
    suggestions: (key) => guarded((l) => l.suggestions(key)),
  };
}
