import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withLock } from './lock.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duizhao-lock-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

/** A lock as a command killed with kill -9 inside its save leaves it: the folder and the holder's pid. */
async function leaveLock(dir: string, pid: number): Promise<void> {
  await mkdir(`${dir}.lock`, { recursive: true });
  await writeFile(`${dir}.lock.pid`, `${pid} ${hostname()}\n`);
}

describe('withLock', () => {
  it('a lock left by a process that no longer runs is taken over at once', async () => {
    const dir = join(root, 'memory');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await leaveLock(dir, Number(dead));
    const started = Date.now();
    expect(await withLock(dir, async () => 'saved', 500)).toBe('saved');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(existsSync(`${dir}.lock`)).toBe(false);
    expect(existsSync(`${dir}.lock.pid`)).toBe(false);
  });

  it('a lock without a holder record, older than two seconds, is taken over (killed before it wrote its pid)', async () => {
    const dir = join(root, 'memory');
    await mkdir(`${dir}.lock`, { recursive: true });
    const old = new Date(Date.now() - 5_000);
    await utimes(`${dir}.lock`, old, old);
    expect(await withLock(dir, async () => 'saved', 300)).toBe('saved');
  });

  it('a lock held by a running process is respected: wait, then a clear error', async () => {
    const dir = join(root, 'memory');
    await leaveLock(dir, process.pid);
    await expect(withLock(dir, async () => 'saved', 300)).rejects.toThrow(/is locked by another duizhao command/);
    expect(existsSync(`${dir}.lock`)).toBe(true);
  });
});
