import { createHash, randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WrittenFile } from '../../stores/atomic-write.js';
import { MEMORY_FILE } from '../../stores/memory-file.js';
import { patchIndexCacheLines } from './index-cache-file.js';
import { INDEX_CACHE_FILE, racyMs, sameStat, statIdentity } from './open-memory-index.js';

/**
 * After a save that replaced lines of memory.jsonl but kept its keys (and which have English): the
 * index cache of the old file (content `oldSha256`) gets the new line ranges and the new file's
 * identity, so the next command uses it instead of rebuilding it. The identity is made as
 * openMemoryIndex makes it: the stat a tick after the file changed (so the stamp is not "racy"),
 * used only if it did not change meanwhile, and the SHA-256 of the content: the one hashed while
 * the save wrote it (`written`) when that is provably the content now (see writtenContent), else
 * the file read back. Through a copy and a rename, like every cache write; failing only costs the
 * next command a rebuild.
 */
export async function restampAfterSave(root: string, oldSha256: string, ranges: { lineStarts: Float64Array; lineEnds: Float64Array }, written?: WrittenFile): Promise<void> {
  const cache = join(root, INDEX_CACHE_FILE);
  const temp = `${cache}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(join(root, MEMORY_FILE), 'r').catch(() => undefined);
  if (!handle) return;
  try {
    const before = statIdentity(await handle.stat({ bigint: true }));
    // Copied while the clock passes the file's tick: the copy takes longer than the wait.
    await copyFile(cache, temp);
    const changedNs = before.mtimeNs > before.ctimeNs ? before.mtimeNs : before.ctimeNs;
    const wait = Number(changedNs / 1_000_000n) + racyMs(before.mtimeNs) + 1 - Date.now();
    // Past a tick of a fine clock only: on a whole-second filesystem the next command rehashes instead.
    if (wait > 0 && wait <= 200) await sleep(wait);
    const readAtMs = Date.now();
    const sha256 = writtenContent(before, written) ?? (await sha256Of(handle));
    if (!sameStat(statIdentity(await handle.stat({ bigint: true })), before)) return;
    if (await patchIndexCacheLines(temp, oldSha256, ranges.lineStarts, ranges.lineEnds, { ...before, sha256, readAtMs })) await rename(temp, cache);
  } catch {
    // No cache to copy, a read-only checkout, a full disk: the next command builds the cache.
  } finally {
    await handle.close();
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * The SHA-256 the save computed while writing, when the file now is certainly those bytes: the
 * same inode, size and mtime as the temp file had once synced (nobody else knew its random name
 * before the rename), and the rename (ctime) more than a clock tick (racyMs) after that mtime, so
 * any write to the file after the rename would have given it a later mtime. The caller's stat
 * check after the racy wait covers writes up to the stamp's readAtMs, as for a read-back hash.
 * Otherwise (a coarse clock, a small file written and renamed within one tick) undefined: read it back.
 */
function writtenContent(now: ReturnType<typeof statIdentity>, written: WrittenFile | undefined): string | undefined {
  if (!written?.sha256) return undefined;
  const at = written.stat;
  const same = now.ino === at.ino && now.dev === at.dev && now.size === at.size && now.mtimeNs === at.mtimeNs;
  return same && now.ctimeNs - at.mtimeNs > BigInt(racyMs(at.mtimeNs)) * 1_000_000n ? written.sha256 : undefined;
}

/** The file's SHA-256, read in pieces of 4 MiB (the file is hundreds of megabytes at 1M entries). */
async function sha256Of(handle: FileHandle): Promise<string> {
  const hash = createHash('sha256');
  const piece = Buffer.allocUnsafe(4 << 20);
  for (let at = 0, n; (n = (await handle.read(piece, 0, piece.length, at)).bytesRead) > 0; at += n) hash.update(piece.subarray(0, n));
  return hash.digest('hex');
}
