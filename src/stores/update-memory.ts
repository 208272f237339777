import { join } from 'node:path';
import { withLock } from './lock.js';
import { loadMemoryFile, writeMemoryFile, type TranslationMemory } from './memory-jsonl.js';
import { memoryStoreFor, type UpdateMemoryOptions } from './memory-store.js';

export type { UpdateMemoryOptions };

/**
 * A check-then-write on the memory that no other writer can interleave: takes the memory lock,
 * reads the file as it is now, lets `update` check it (is the entry still what the caller's change
 * was based on?) and upsert, then writes the result atomically before releasing the lock. A
 * project on a memory server goes through its store instead (same check, optimistic versions).
 */
export async function updateMemory<T>(root: string, update: (memory: TranslationMemory) => T | Promise<T>, options: UpdateMemoryOptions<T> = {}): Promise<T> {
  const store = memoryStoreFor(root);
  return store ? store.update(root, update, options) : updateMemoryFile(root, update, options);
}

/** updateMemory on the git file (translations/memory/memory.jsonl), whatever store the project uses. */
export async function updateMemoryFile<T>(root: string, update: (memory: TranslationMemory) => T | Promise<T>, options: UpdateMemoryOptions<T> = {}): Promise<T> {
  return withLock(join(root, 'translations', 'memory'), async () => {
    // Written whole below: no second map of what changed (see the TranslationMemory constructor).
    const memory = await loadMemoryFile(root, options.now, false);
    const value = await update(memory);
    if (memory.dirty && (options.commit?.(value) ?? true)) {
      await writeMemoryFile(root, memory.entries());
    }
    return value;
  });
}
