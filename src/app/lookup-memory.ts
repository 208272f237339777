import type { MemoryEntry } from '../model/memory-entry.js';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IndexCacheDamaged } from '../stages/memory-lookup/index-cache-file.js';
import { INDEX_CACHE_FILE, openMemoryIndex } from '../stages/memory-lookup/open-memory-index.js';
import { segmentKey } from '../stages/segment/segment-key.js';
import { memoryStoreFor } from '../stores/memory-store.js';

export interface LookupMemoryResult {
  key: string;
  exact: MemoryEntry | undefined;
  fuzzy: Array<{ score: number; entry: MemoryEntry }>;
}

/**
 * Exact and fuzzy matches for one segment (`memory lookup`). With a current index cache it reads
 * only the lines of the entries it returns, not the whole memory.jsonl (see openMemoryIndex).
 */
export async function lookupMemory(root: string, zh: string, options: { threshold: number; limit?: number }): Promise<LookupMemoryResult> {
  const store = memoryStoreFor(root);
  if (store) return (await import('./memory-server/lookup-on-server.js')).lookupOnServer(store, zh, options);
  try {
    return await lookupOnce(root, zh, options);
  } catch (error) {
    // A key block or posting list of the cache failed its checksum: build the index again.
    if (!(error instanceof IndexCacheDamaged)) throw error;
    await rm(join(root, INDEX_CACHE_FILE), { force: true });
    return lookupOnce(root, zh, options);
  }
}

async function lookupOnce(root: string, zh: string, options: { threshold: number; limit?: number }): Promise<LookupMemoryResult> {
  const opened = await openMemoryIndex(root);
  const key = segmentKey(zh);
  try {
    const exact = opened.table?.get(key);
    const fuzzy = opened.index.search(key, { threshold: options.threshold, limit: options.limit ?? 5 })
      .map((h) => ({ score: h.score, entry: opened.table!.get(opened.keyOf(h.index))! }))
      .filter((m) => m.entry.key !== key);
    return { key, exact, fuzzy };
  } finally {
    await opened.close();
  }
}
