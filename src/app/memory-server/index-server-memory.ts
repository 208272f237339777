import type { MemoryEntry } from '../../model/memory-entry.js';
import { lookupOver, type MemoryLookup } from '../../stages/memory-lookup/memory-lookup.js';
import { compareKeys } from '../../stores/key-order.js';
import { TranslationMemory } from '../../stores/memory-jsonl.js';
import type { MemoryStore } from '../../stores/memory-store.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import type { ReplicaRows } from '../../stores/postgres/replica-rows.js';
import { serverMemoryIndex } from './lookup-on-server.js';

const sorted = new WeakMap<MemoryStore, { replica: ReplicaRows; entries: MemoryEntry[] }>();

/**
 * The memory on the server with its fuzzy index, for commands that fill reports (translate, build,
 * the review page). The process keeps one ServerMemoryIndex per store: what others changed since
 * the last call goes into its small delta index (see ServerMemoryIndex), so a long-running process
 * (the review page) never rebuilds a million-key index because one translator saved a segment.
 * Lookups read entries through the rows as of this call; `memory` (every entry, sorted: all rows
 * of a snapshot parsed) is made only for a caller that asks for it.
 */
export async function indexServerMemory(root: string, store: MemoryStore, threshold?: number): Promise<{ readonly memory: TranslationMemory; lookup: MemoryLookup }> {
  const index = await serverMemoryIndex(store);
  const replica = (store as PgMemoryStore).replica();
  let memory: TranslationMemory | undefined;
  return {
    get memory() {
      return (memory ??= new TranslationMemory(root, sortedEntries(store, replica)));
    },
    lookup: lookupOver({ get: (key) => replica.get(key)?.entry }, (key, t, limit) => index.search(key, { threshold: t, limit }), threshold),
  };
}

function sortedEntries(store: MemoryStore, replica: ReplicaRows): MemoryEntry[] {
  let cached = sorted.get(store);
  if (cached?.replica !== replica) {
    cached = { replica, entries: [...replica.values()].map((r) => r.entry).sort((a, b) => compareKeys(a.key, b.key)) };
    sorted.set(store, cached);
  }
  return cached.entries;
}
