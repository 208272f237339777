import { join } from 'node:path';
import { withLock } from './lock.js';
import { loadMemory, writeMemoryFile, type TranslationMemory } from './memory-jsonl.js';

export interface UpdateMemoryOptions<T> {
  /** Whether to write what `update` changed (default: always); e.g. not when it found conflicts. */
  commit?: (value: T) => boolean;
  now?: () => string;
}

/**
 * A check-then-write on the memory that no other writer can interleave: takes the memory lock,
 * reads the file as it is now, lets `update` check it (is the entry still what the caller's change
 * was based on?) and upsert, then writes the result atomically before releasing the lock.
 */
export async function updateMemory<T>(root: string, update: (memory: TranslationMemory) => T | Promise<T>, options: UpdateMemoryOptions<T> = {}): Promise<T> {
  return withLock(join(root, 'translations', 'memory'), async () => {
    const memory = await loadMemory(root, options.now);
    const value = await update(memory);
    if (memory.dirty && (options.commit?.(value) ?? true)) {
      await writeMemoryFile(root, memory.entries());
    }
    return value;
  });
}
