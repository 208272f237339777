import { segmentKey } from '../../text/segment-key.js';
import type { MemoryStore } from '../../stores/memory-store.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import type { LookupMemoryResult } from '../lookup-memory.js';
import { ServerMemoryIndex } from './server-memory-index.js';

const indexes = new WeakMap<MemoryStore, Promise<ServerMemoryIndex>>();

/** The store's index, built once per process and brought up to date (change cursor) before each use. */
export async function serverMemoryIndex(store: MemoryStore): Promise<ServerMemoryIndex> {
  let opened = indexes.get(store);
  if (!opened) {
    opened = ServerMemoryIndex.open(store as PgMemoryStore);
    indexes.set(store, opened);
    opened.catch(() => indexes.delete(store));
    return opened;
  }
  const index = await opened;
  await index.current();
  return index;
}

/** `memory lookup` on a project whose memory is on the server. */
export async function lookupOnServer(store: MemoryStore, zh: string, options: { threshold: number; limit?: number }): Promise<LookupMemoryResult> {
  const index = await serverMemoryIndex(store);
  const key = segmentKey(zh);
  return { key, exact: index.exact(key), fuzzy: index.search(key, { threshold: options.threshold, limit: options.limit ?? 5 }) };
}
