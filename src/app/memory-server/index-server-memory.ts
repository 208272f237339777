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
 * Each call gets its own TranslationMemory of the entries as of now.
 */
export async function indexServerMemory(root: string, store: MemoryStore, threshold?: number): Promise<{ memory: TranslationMemory; lookup: MemoryLookup }> {
  const index = await serverMemoryIndex(store);
  const replica = (store as PgMemoryStore).replica();
  let cached = sorted.get(store);
  if (cached?.replica !== replica) {
    cached = { replica, entries: [...replica.values()].map((r) => r.entry).sort((a, b) => compareKeys(a.key, b.key)) };
    sorted.set(store, cached);
  }
  const memory = new TranslationMemory(root, cached.entries);
  return { memory, lookup: lookupOver(memory, (key, t, limit) => index.search(key, { threshold: t, limit }), threshold) };
}
