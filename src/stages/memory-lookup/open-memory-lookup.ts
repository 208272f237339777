import type { MemoryEntry } from '../../model/memory-entry.js';
import { entriesOfScan } from '../../stores/memory-jsonl.js';
import { createMemoryLookup, type MemoryLookup, type MemoryView } from './memory-lookup.js';
import { openMemoryIndex, type OpenMemoryIndexOptions } from './open-memory-index.js';

export interface OpenedMemoryLookup extends MemoryLookup {
  how: 'cache' | 'rehashed' | 'built' | 'no-memory';
  close(): Promise<void>;
}

/**
 * The project memory's lookup through the index cache, reading only the lines of the entries it
 * returns (see openMemoryIndex); close it when done.
 */
export async function openMemoryLookup(root: string, options: { threshold?: number | undefined } & Pick<OpenMemoryIndexOptions, 'now'> = {}): Promise<OpenedMemoryLookup> {
  const opened = await openMemoryIndex(root, options.now ? { now: options.now } : {});
  const memory: MemoryView = opened.table ?? { get: () => undefined };
  const lookup = createMemoryLookup({ memory, index: opened.index, keyOf: opened.keyOf, threshold: options.threshold });
  return { ...lookup, how: opened.how, close: opened.close };
}

/**
 * The whole memory read once (checked usable) into the caller's store, `toMemory(entries)` (e.g. a
 * TranslationMemory the command also writes), with a lookup whose exact entries come from that
 * store and whose fuzzy index comes from the index cache when it matches the file.
 */
export async function loadMemoryLookup<M extends MemoryView>(root: string, toMemory: (entries: MemoryEntry[]) => M, threshold?: number): Promise<{ memory: M; lookup: MemoryLookup }> {
  const opened = await openMemoryIndex(root, { readAll: true });
  await opened.close();
  const memory = toMemory(opened.scan ? entriesOfScan(opened.scan) : []);
  return { memory, lookup: createMemoryLookup({ memory, index: opened.index, keyOf: opened.keyOf, threshold }) };
}
