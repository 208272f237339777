import type { MemoryEntry } from '../model/memory-entry.js';
import type { TranslationMemory } from './memory-jsonl.js';

export interface UpdateMemoryOptions<T> {
  /** Whether to write what `update` changed (default: always); e.g. not when it found conflicts. */
  commit?: (value: T) => boolean;
  now?: () => string;
}

/**
 * A translation-memory store other than the default git file (translations/memory/memory.jsonl):
 * the same three operations every writer and reader goes through, so commands do not know where
 * the memory lives. The git file implements them in memory-jsonl.ts and update-memory.ts.
 */
export interface MemoryStore {
  readonly backend: 'postgres';
  /** Every entry, sorted by key, as the store holds it now. */
  loadEntries(): Promise<MemoryEntry[]>;
  /** Check-then-write (see updateMemory): `update` sees the memory as it is now; its changes are written only if nobody changed those entries meanwhile. */
  update<T>(root: string, update: (memory: TranslationMemory) => T | Promise<T>, options: UpdateMemoryOptions<T>): Promise<T>;
  /** Merges changes on top of the current entries with mergeEntry (a human state is never lowered); returns the entries as stored. */
  saveChanges(changes: readonly MemoryEntry[]): Promise<MemoryEntry[]>;
  close(): Promise<void>;
}

const stores = new Map<string, MemoryStore>();

/** Chooses the store of a project (the CLI does this once it has read duizhao.yaml); none → the git file. */
export function useMemoryStore(root: string, store: MemoryStore | undefined): void {
  if (store) stores.set(root, store);
  else stores.delete(root);
}

/** The project's server store, or undefined for the git file. */
export function memoryStoreFor(root: string): MemoryStore | undefined {
  return stores.get(root);
}
