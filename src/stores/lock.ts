import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { AppError } from '../errors.js';

/**
 * Runs `fn` holding an exclusive lock on `dir` (a `<dir>.lock` folder, stale after 30 s), so two
 * commands cannot write the memory at the same time. A second command waits briefly, then fails
 * with a clear message instead of corrupting anything. The holder's pid is kept beside the lock
 * (`<dir>.lock.pid`), so a lock left by a killed command (kill -9, a crash) is cleared at once
 * instead of blocking every write for 30 seconds.
 */
export async function withLock<T>(dir: string, fn: () => Promise<T>, waitMs = 10_000): Promise<T> {
  await mkdir(dir, { recursive: true });
  const release = await acquire(dir, waitMs);
  const owner = `${process.pid} ${hostname()}\n`;
  try {
    await writeFile(ownerFile(dir), owner);
    return await fn();
  } finally {
    await release();
    // Only our own record: another command may hold the lock (and have written its pid) by now.
    if ((await readFile(ownerFile(dir), 'utf8').catch(() => '')) === owner) await rm(ownerFile(dir), { force: true });
  }
}

/** Tries until `waitMs` has passed, clearing a dead holder's lock before each try. */
async function acquire(dir: string, waitMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs;
  // Loaded here, not at start-up: reading commands (memory lookup) never lock, and proper-lockfile
  // brings graceful-fs, which patches fs as it loads.
  const { default: lockfile } = await import('proper-lockfile');
  for (let attempt = 0; ; attempt++) {
    await clearDeadHolder(dir);
    try {
      return await lockfile.lock(dir, { stale: 30_000, update: 5_000, retries: 0, realpath: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() >= deadline) {
        throw new AppError('memory/locked', `${dir} is locked by another duizhao command.`, {
          hint: 'Wait for the other command to finish. If none is running, the lock goes stale after 30 seconds.',
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, 50 + attempt * 25) + Math.random() * 50));
    }
  }
}

const ownerFile = (dir: string): string => `${dir}.lock.pid`;
const ORPHAN_AFTER_MS = 2_000;

/** Removes the lock when its recorded holder is a process of this machine that no longer runs. */
async function clearDeadHolder(dir: string): Promise<void> {
  if (!existsSync(`${dir}.lock`)) return;
  const owner = await readFile(ownerFile(dir), 'utf8').catch(() => '');
  if (!owner) {
    // A holder writes its pid within milliseconds of taking the lock; an older lock without one was
    // left by a command killed in that moment.
    const taken = await stat(`${dir}.lock`).then((s) => s.mtimeMs, () => Date.now());
    if (Date.now() - taken > ORPHAN_AFTER_MS) await rm(`${dir}.lock`, { recursive: true, force: true });
    return;
  }
  const [pidText, host] = owner.trim().split(' ');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || isRunning(pid)) return;
  // Read again just before removing: a live command may have taken the lock in between.
  if ((await readFile(ownerFile(dir), 'utf8').catch(() => '')) !== owner) return;
  await rm(ownerFile(dir), { force: true });
  await rm(`${dir}.lock`, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
