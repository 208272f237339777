import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProjectConfig } from '../config/load-project-config.js';
import type { FuzzyMatch, MemoryEntry } from '../model/memory-entry.js';
import { IndexCacheDamaged } from '../stages/memory-lookup/index-cache-file.js';
import { INDEX_CACHE_FILE } from '../stages/memory-lookup/open-memory-index.js';
import { openMemoryLookup } from '../stages/memory-lookup/open-memory-lookup.js';
import { segmentKey } from '../text/segment-key.js';
import { DEFAULT_FUZZY_THRESHOLD } from '../stages/memory-lookup/fuzzy-index.js';
import { memoryStoreFor } from '../stores/memory-store.js';

export interface LookupMemoryResult {
  key: string;
  exact: MemoryEntry | undefined;
  fuzzy: FuzzyMatch[];
}

export interface LookupMemoryOptions {
  /** Minimum fuzzy score; duizhao.yaml `memory.fuzzyThreshold` when absent. */
  threshold?: number | undefined;
  limit?: number;
}

/**
 * Exact and fuzzy matches for one segment (`memory lookup`). With a current index cache it reads
 * only the lines of the entries it returns, not the whole memory.jsonl (see openMemoryIndex).
 */
export async function lookupMemory(root: string, zh: string, options: LookupMemoryOptions = {}): Promise<LookupMemoryResult> {
  const threshold = options.threshold ?? (await loadProjectConfig(root)).memory?.fuzzyThreshold;
  const store = memoryStoreFor(root);
  if (store) {
    const onServer = { threshold: threshold ?? DEFAULT_FUZZY_THRESHOLD, ...(options.limit !== undefined ? { limit: options.limit } : {}) };
    return (await import('./memory-server/lookup-on-server.js')).lookupOnServer(store, zh, onServer);
  }
  try {
    return await lookupOnce(root, zh, threshold, options.limit ?? 5);
  } catch (error) {
    // A key block or posting list of the cache failed its checksum: build the index again.
    if (!(error instanceof IndexCacheDamaged)) throw error;
    await rm(join(root, INDEX_CACHE_FILE), { force: true });
    return lookupOnce(root, zh, threshold, options.limit ?? 5);
  }
}

async function lookupOnce(root: string, zh: string, threshold: number | undefined, limit: number): Promise<LookupMemoryResult> {
  const lookup = await openMemoryLookup(root, { threshold });
  const key = segmentKey(zh);
  try {
    return { key, exact: lookup.get(key), fuzzy: lookup.fuzzy(key, limit) };
  } finally {
    await lookup.close();
  }
}
