import { createHash, randomBytes } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MEMORY_FILE, scanMemoryBytes, type MemoryFileScan } from '../../stores/memory-file.js';
import { assertUsableMemory } from '../../stores/memory-file-problems.js';
import { readLinePieces } from '../../stores/read-line-pieces.js';
import { FuzzyIndex } from './fuzzy-index.js';
import { encodeIndexCache, openIndexCache, restampIndexCache, type LoadedIndexCache, type MemoryFileIdentity } from './index-cache-file.js';
import { buildIndexCacheData, MemoryKeyTable } from './memory-key-table.js';
import { keyLinesOfScan, scanMemoryKeys } from './scan-memory-keys.js';

/** Never committed: .gitignore lists .duizhao-cache/. */
export const INDEX_CACHE_FILE = '.duizhao-cache/memory-index.bin';
/**
 * A file changed less than this before it was read may change again within the same mtime tick:
 * 3 s where timestamps have whole seconds (FAT keeps 2 s, ext3 and HFS+ 1 s), else 100 ms, ten
 * times the coarsest tick of a Linux clock (HZ=100), so a lookup right after an import need not rehash.
 */
export const racyMs = (mtimeNs: bigint): number => (mtimeNs % 1_000_000_000n === 0n ? 3000 : 100);

export interface OpenedMemoryIndex {
  /** Fuzzy index over the keys of entries with English, in key order (as `memoryLookupOf` builds it). */
  index: FuzzyIndex;
  /** Key of the index's string `j` (a hit's `index`). */
  keyOf(j: number): string;
  /** Entries read one line at a time (only without `readAll`; undefined when there is no memory file). */
  table?: MemoryKeyTable;
  /** The whole file, scanned and checked usable (only with `readAll`). */
  scan?: MemoryFileScan;
  /** cache: used as it was · rehashed: the file's stat changed but not its bytes · built: (re)built from memory.jsonl. */
  how: 'cache' | 'rehashed' | 'built' | 'no-memory';
  /** SHA-256 of memory.jsonl as the cache records it (when read from the cache). */
  sha256?: string;
  close(): Promise<void>;
}

export interface OpenMemoryIndexOptions {
  /** Read and check the whole file (commands that load every entry): `scan` is then set. */
  readAll?: boolean;
  /**
   * Without readAll: read the cache's keys and posting lists whole at open, and check them all
   * then, rather than piecemeal, for a long-lived process whose first lookups must not wait on the
   * disk (a damaged cache is rebuilt at open, as with readAll).
   */
  preload?: boolean;
  /** The clock (ms), for tests of the racy rule. */
  now?: () => number;
}

/**
 * The memory's fuzzy index, from the binary cache in .duizhao-cache/ when it matches memory.jsonl,
 * else built from the file (and the cache rewritten). memory.jsonl stays the source of truth: the
 * cache is trusted only when the file's size, mtime, ctime, inode and device are those it was
 * built from and the file was last changed more than a clock tick before it was read (git's
 * "racy" rule: a change in the same mtime tick is invisible to stat); otherwise the file's
 * SHA-256 decides. A cache of another version, truncated or damaged (CRC-32) is rebuilt. Without `readAll`, memory.jsonl is
 * not read at all when the cache holds: `table` reads the few entries a lookup shows by byte range.
 * The cache is written through a temp file and a rename, so two processes building it at once
 * each write a whole file and the last rename wins; failing to write it only costs speed.
 */
export async function openMemoryIndex(root: string, options: OpenMemoryIndexOptions = {}): Promise<OpenedMemoryIndex> {
  const handle = await open(join(root, MEMORY_FILE), 'r').catch(() => undefined);
  if (!handle) return { index: new FuzzyIndex([]), keyOf: () => '', how: 'no-memory', close: async () => undefined };
  try {
    const opened = await openWith(root, handle, options.readAll ?? false, options.now ?? Date.now, options.preload ?? false);
    let closing: Promise<void> | undefined;
    const close = (): Promise<void> => (closing ??= opened.close());
    // With readAll nothing is read later: release the files now.
    if (!opened.table) await close();
    return { ...opened, close };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function openWith(root: string, handle: FileHandle, readAll: boolean, now: () => number, preload: boolean): Promise<OpenedMemoryIndex> {
  const before = await handle.stat({ bigint: true });
  const opened = await openIndexCache(join(root, INDEX_CACHE_FILE), { preload: readAll || preload });
  const cached = 'unusable' in opened ? undefined : opened;
  const readAtMs = now();
  const bytes = readAll ? await handle.readFile() : undefined;
  const scan = bytes ? usableScan(bytes) : undefined;
  if (cached && sameStat(cached.cache.identity, before) && !isRacy(cached.cache.identity)) return fromCache(cached, handle, readAll, scan, 'cache');
  // A file the cache's size is hashed first: when only its stat changed (a checkout touched it),
  // nothing else is read. Otherwise, without readAll, a usable file is read once in pieces keeping
  // only its key lines (scanMemoryKeys); anything else is read whole, and the full scan decides.
  const first = bytes ? sha256Of(bytes) : cached?.cache.identity.size === before.size ? await hashFile(handle) : undefined;
  if (cached && first === cached.cache.identity.sha256) {
    const identity: MemoryFileIdentity = { ...statIdentity(before), sha256: first, readAtMs };
    if (await unchangedSince(handle, before)) await writeCache(root, async () => restampIndexCache(await readFile(join(root, INDEX_CACHE_FILE)), identity));
    return fromCache(cached, handle, readAll, scan, 'rehashed');
  }
  await cached?.close();
  const streamed = bytes ? undefined : await scanMemoryKeys(handle);
  const all = bytes ?? (streamed ? undefined : await handle.readFile());
  const identity: MemoryFileIdentity = { ...statIdentity(before), sha256: streamed?.sha256 ?? (bytes ? first! : sha256Of(all!)), readAtMs };
  const unchanged = await unchangedSince(handle, before);
  const { data, index, keys, source } = buildIndexCacheData(streamed?.lines ?? keyLinesOfScan(scan ?? usableScan(all!)), identity);
  if (unchanged) await writeCache(root, async () => encodeIndexCache(data));
  const table = readAll ? undefined : new MemoryKeyTable(source, handle.fd);
  return { index, keyOf: (j) => keys[j]!, ...(table ? { table } : {}), ...(scan ? { scan } : {}), how: 'built', close: () => handle.close() };
}

type OpenedCache = { cache: LoadedIndexCache; close(): Promise<void> };

function fromCache(opened: OpenedCache, handle: FileHandle, readAll: boolean, scan: MemoryFileScan | undefined, how: 'cache' | 'rehashed'): OpenedMemoryIndex {
  const keys = new MemoryKeyTable(opened.cache, handle.fd);
  const index = FuzzyIndex.fromParts(opened.cache.fuzzy, (j) => keys.fuzzyKey(j));
  const close = async (): Promise<void> => {
    await opened.close();
    await handle.close();
  };
  return { index, keyOf: (j) => keys.fuzzyKey(j), ...(readAll ? {} : { table: keys }), ...(scan ? { scan } : {}), how, sha256: opened.cache.identity.sha256, close };
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of the file behind `handle`, read in pieces. */
async function hashFile(handle: FileHandle): Promise<string> {
  const hash = createHash('sha256');
  await readLinePieces(handle, (bytes) => void hash.update(bytes));
  return hash.digest('hex');
}

/** The file's stat is still `before` (it did not change while it was read). */
async function unchangedSince(handle: FileHandle, before: BigIntStats): Promise<boolean> {
  return sameStat(statIdentity(await handle.stat({ bigint: true })), before);
}

function usableScan(bytes: Buffer): MemoryFileScan {
  const scan = scanMemoryBytes(bytes);
  assertUsableMemory(scan);
  return scan;
}

export function statIdentity(s: BigIntStats): Omit<MemoryFileIdentity, 'sha256' | 'readAtMs'> {
  return { size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino, dev: s.dev };
}

export function sameStat(a: Omit<MemoryFileIdentity, 'sha256' | 'readAtMs'>, b: Omit<MemoryFileIdentity, 'sha256' | 'readAtMs'>): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino && a.dev === b.dev;
}

/** Changed (or its inode changed) within racyMs of being read: a same-size edit in that tick would keep the stat. */
export function isRacy(identity: MemoryFileIdentity): boolean {
  const changedMs = Number((identity.mtimeNs > identity.ctimeNs ? identity.mtimeNs : identity.ctimeNs) / 1000000n);
  return changedMs >= identity.readAtMs - racyMs(identity.mtimeNs);
}

async function writeCache(root: string, encode: () => Promise<Buffer>): Promise<void> {
  const path = join(root, INDEX_CACHE_FILE);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await removeStaleTemps(dirname(path));
    await writeFile(temp, await encode());
    await rename(temp, path);
  } catch {
    // A read-only checkout or a full disk: the next run builds the index again.
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Temp files of a killed write (an hour old: no live writer takes that long). */
async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.tmp')) continue;
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 3600_000) await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
}
