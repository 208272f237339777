import { createHash, randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MEMORY_FILE } from '../../stores/memory-file.js';
import { patchIndexCacheLines } from './index-cache-file.js';
import { INDEX_CACHE_FILE, racyMs, sameStat, statIdentity } from './open-memory-index.js';

/**
 * After a save that replaced lines of memory.jsonl but kept its keys (and which have English): the
 * index cache of the old file (content `oldSha256`) gets the new line ranges and the new file's
 * identity, so the next command uses it instead of rebuilding it. The identity is made as
 * openMemoryIndex makes it: the new file is read back for its SHA-256 (a tick after it changed,
 * so the stamp is not "racy") and used only if its stat did not change meanwhile. Through a copy
 * and a rename, like every cache write; failing only costs the next command a rebuild.
 */
export async function restampAfterSave(root: string, oldSha256: string, ranges: { lineStarts: Float64Array; lineEnds: Float64Array }): Promise<void> {
  const cache = join(root, INDEX_CACHE_FILE);
  const temp = `${cache}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(join(root, MEMORY_FILE), 'r').catch(() => undefined);
  if (!handle) return;
  try {
    const before = statIdentity(await handle.stat({ bigint: true }));
    const changedNs = before.mtimeNs > before.ctimeNs ? before.mtimeNs : before.ctimeNs;
    const wait = Number(changedNs / 1_000_000n) + racyMs(before.mtimeNs) + 1 - Date.now();
    // Past a tick of a fine clock only: on a whole-second filesystem the next command rehashes instead.
    if (wait > 0 && wait <= 200) await sleep(wait);
    const readAtMs = Date.now();
    const sha256 = await sha256Of(handle);
    if (!sameStat(statIdentity(await handle.stat({ bigint: true })), before)) return;
    await copyFile(cache, temp);
    if (await patchIndexCacheLines(temp, oldSha256, ranges.lineStarts, ranges.lineEnds, { ...before, sha256, readAtMs })) await rename(temp, cache);
  } catch {
    // No cache to copy, a read-only checkout, a full disk: the next command builds the cache.
  } finally {
    await handle.close();
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** The file's SHA-256, read in pieces of 4 MiB (the file is hundreds of megabytes at 1M entries). */
async function sha256Of(handle: FileHandle): Promise<string> {
  const hash = createHash('sha256');
  const piece = Buffer.allocUnsafe(4 << 20);
  for (let at = 0, n; (n = (await handle.read(piece, 0, piece.length, at)).bytesRead) > 0; at += n) hash.update(piece.subarray(0, n));
  return hash.digest('hex');
}
