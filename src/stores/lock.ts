import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { AppError } from '../errors.js';

/**
 * Runs `fn` holding an exclusive lock on `dir` (a `<dir>.lock` folder, stale after 30 s), so two
 * commands cannot write the memory at the same time. A second command waits briefly, then fails
 * with a clear message instead of corrupting anything.
 */
export async function withLock<T>(dir: string, fn: () => Promise<T>, waitMs = 10_000): Promise<T> {
  await mkdir(dir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      stale: 30_000,
      update: 5_000,
      retries: { retries: Math.max(1, Math.ceil(waitMs / 250)), minTimeout: 100, maxTimeout: 250, factor: 1.2 },
      realpath: false,
    });
  } catch (error) {
    throw new AppError('memory/locked', `${dir} is locked by another duizhao command.`, {
      hint: 'Wait for the other command to finish. If none is running, the lock goes stale after 30 seconds.',
      cause: error,
    });
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}
