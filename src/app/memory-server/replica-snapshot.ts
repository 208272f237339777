import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { FuzzyIndex } from '../../stages/memory-lookup/fuzzy-index.js';
import type { MemoryKeyTable } from '../../stages/memory-lookup/memory-key-table.js';
import { INDEX_CACHE_FILE, openMemoryIndex, type OpenedMemoryIndex } from '../../stages/memory-lookup/open-memory-index.js';
import { writeChunksAtomic, writeTextAtomic } from '../../stores/atomic-write.js';
import { MEMORY_FILE } from '../../stores/memory-file.js';
import { compareKeys } from '../../stores/key-order.js';
import { serialiseMemory } from '../../stores/memory-jsonl.js';
import type { VersionedEntry } from '../../stores/postgres/memory-rows.js';
import type { ReplicaCache, SeededReplica, ServerIdentity } from '../../stores/postgres/replica-cache.js';
import { ReplicaRows } from '../../stores/postgres/replica-rows.js';
import { SnapshotRows } from './snapshot-rows.js';

/** Never committed: .gitignore lists .duizhao-cache/. */
export const REPLICA_SNAPSHOT_DIR = '.duizhao-cache/memory-server';
/** Bump when the files' layout or meaning changes: an older snapshot is then rebuilt. */
export const REPLICA_SNAPSHOT_FORMAT = 1;
const META = 'snapshot.json';
/** Longer than openMemoryIndex's racy window (3 s on file systems with whole-second times). */
const PAST_RACY_MS = 3_100;

interface SnapshotMeta {
  format: number;
  /** ServerIdentity.id of the server the rows came from. */
  server: string;
  cursor: string;
  /** CRC-32 of the rows file's bytes. */
  crc32: number;
  /** Row version of each entry, in the rows file's order. */
  versions: number[];
}

/** The fuzzy index that came with the snapshot: over the keys of its entries with English, in key order. */
export interface SnapshotIndex {
  index: FuzzyIndex;
  keyOf(j: number): string;
  /** Strings in the index. */
  size: number;
  /** Whether `key` is in the index. */
  isIndexed(key: string): boolean;
}

/**
 * The server's rows kept in the project's .duizhao-cache/ between processes, so a command starts
 * from them and reads only what changed since (the change cursor; deletions come as tombstones).
 * The rows are a memory.jsonl-format file under REPLICA_SNAPSHOT_DIR, with the git back-end's index
 * cache beside it (openMemoryIndex: versioned, CRC-checked, rebuilt when it does not match), and
 * snapshot.json: format, the server's identity, the cursor, the rows file's CRC-32 and each row's
 * version. Loading checks the whole file's CRC-32 and the cache's (keys and posting lists read and
 * checked at once, so lookups never wait on the disk), but parses no row: rows are read one line at
 * a time through the cache's key table when asked for (SnapshotRows), so a million-row snapshot
 * starts in a second or two instead of twenty. A snapshot of another format or server, one ahead of the server (restored from a
 * backup), or damaged is not used: `notice` says why and the rows are read from the server again.
 */
export class ReplicaSnapshot implements ReplicaCache {
  /** The fuzzy index of the snapshot last loaded or saved. */
  index: SnapshotIndex | undefined;
  /** How the last load went: used, or why not. */
  outcome: 'used' | 'missing' | 'other-format' | 'foreign' | 'ahead' | 'damaged' | undefined;

  /** Files the loaded rows read from, closed by close(). */
  private readonly opened: Array<{ close(): Promise<void> }> = [];
  /** snapshot.json as last read. */
  private metaText: string | undefined;

  constructor(readonly root: string, private readonly notice: (message: string) => void = () => undefined) {}

  get dir(): string {
    return join(this.root, REPLICA_SNAPSHOT_DIR);
  }

  async load(identity: ServerIdentity): Promise<SeededReplica | undefined> {
    const meta = await this.readMeta();
    const metaText = this.metaText;
    if (!meta) return this.refuse('missing');
    if (meta === 'damaged') return this.refuse('damaged', `is damaged (${META} unreadable)`);
    if (meta.format !== REPLICA_SNAPSHOT_FORMAT) return this.refuse('other-format', `is of format ${meta.format}, not ${REPLICA_SNAPSHOT_FORMAT}`);
    if (meta.server !== identity.id) return this.refuse('foreign', 'was taken from another server or database');
    if (BigInt(meta.cursor) > BigInt(identity.last)) return this.refuse('ahead', 'is ahead of the server (was the server restored from a backup?)');
    const file = join(this.dir, MEMORY_FILE);
    const inode = (await stat(file).catch(() => undefined))?.ino;
    if ((await fileCrc32(file)) !== meta.crc32) return this.refuse('damaged', 'is damaged (checksum mismatch)');
    try {
      const opened = await openMemoryIndex(this.dir, { preload: true });
      // Another process of this project saving a new snapshot meanwhile: these files may not belong together.
      if (await this.replacedSince(file, inode, metaText)) {
        await opened.close();
        return this.refuse('damaged', 'changed while it was being read');
      }
      if (!opened.table || opened.table.size !== meta.versions.length) {
        await opened.close();
        return this.refuse('damaged', 'is damaged (row count)');
      }
      this.outcome = 'used';
      // The files stay open while the rows are in use (a new snapshot is renamed in beside them).
      return this.adopt(opened, opened.table, meta, meta.cursor);
    } catch (error) {
      return this.refuse('damaged', `is damaged (${(error as Error).message})`);
    }
  }

  async save(identity: ServerIdentity, rows: ReadonlyMap<string, VersionedEntry>, cursor: string): Promise<SeededReplica | undefined> {
    const sorted = [...rows.values()].sort((a, b) => compareKeys(a.entry.key, b.entry.key));
    let crc = 0;
    function* chunks(): Generator<string> {
      for (let at = 0; at < sorted.length; at += 4096) {
        const text = serialiseMemory(sorted.slice(at, at + 4096).map((r) => r.entry));
        crc = crc32(text, crc);
        yield text;
      }
    }
    try {
      const file = join(this.dir, MEMORY_FILE);
      await writeChunksAtomic(file, chunks());
      const meta: SnapshotMeta = { format: REPLICA_SNAPSHOT_FORMAT, server: identity.id, cursor, crc32: crc, versions: sorted.map((r) => r.version) };
      const metaText = `${JSON.stringify(meta)}\n`;
      await writeTextAtomic(join(this.dir, META), metaText);
      const inode = (await stat(file)).ino;
      // Dated past the racy window: else the next process, finding the rows file changed "just
      // before" the cache was built, hashes it all again and rewrites the cache. Nothing to guard
      // here: the rows file is only ever replaced by a rename and its CRC-32 is checked at every load.
      // Builds the cache, reading the rows file in pieces (entries are not kept: only what the cache needs).
      await (await openMemoryIndex(this.dir, { now: () => Date.now() + PAST_RACY_MS })).close();
      // Opened again from the cache just written, as load() opens it: no entry kept in memory.
      const opened = await openMemoryIndex(this.dir, { preload: true });
      // Another process of this project saving meanwhile: its files are not these rows; keep the caller's.
      if (opened.how !== 'cache' || !opened.table || opened.table.size !== sorted.length || (await this.replacedSince(file, inode, metaText))) {
        await opened.close();
        this.index = undefined;
        return undefined;
      }
      return this.adopt(opened, opened.table, meta, cursor);
    } catch (error) {
      // A read-only checkout or a full disk: the next process reads the rows from the server again.
      this.notice(`the local snapshot of the memory server cannot be saved in ${REPLICA_SNAPSHOT_DIR}: ${(error as Error).message}`);
      this.index = undefined;
      return undefined;
    }
  }

  /** Rows and index from the snapshot's files, read as they are asked for; the files stay open while the rows are in use. */
  private adopt(opened: OpenedMemoryIndex, table: MemoryKeyTable, meta: SnapshotMeta, cursor: string): SeededReplica {
    const rows = new SnapshotRows(table, meta.versions, opened.index.size, opened);
    this.opened.push(opened);
    this.index = { index: opened.index, keyOf: opened.keyOf, size: opened.index.size, isIndexed: (key) => rows.indexes(key) };
    return { rows: ReplicaRows.over(rows), cursor };
  }

  /** Whether another process of this project renamed in a new rows file or snapshot.json since `inode` and `metaText` were read. */
  private async replacedSince(file: string, inode: number | undefined, metaText: string | undefined): Promise<boolean> {
    return (await stat(file)).ino !== inode || (await this.readMeta(), this.metaText) !== metaText;
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((files) => files.close()));
  }

  private async readMeta(): Promise<SnapshotMeta | 'damaged' | undefined> {
    const text = await readFile(join(this.dir, META), 'utf8').catch(() => undefined);
    this.metaText = text;
    if (text === undefined) return undefined;
    try {
      const meta = JSON.parse(text) as SnapshotMeta;
      const usable = typeof meta.server === 'string' && /^\d+$/.test(meta.cursor) && Number.isInteger(meta.crc32) && Array.isArray(meta.versions);
      return usable || meta.format !== REPLICA_SNAPSHOT_FORMAT ? meta : 'damaged';
    } catch {
      return 'damaged';
    }
  }

  private refuse(outcome: NonNullable<ReplicaSnapshot['outcome']>, why?: string): undefined {
    this.outcome = outcome;
    this.index = undefined;
    if (why) this.notice(`the local snapshot of the memory server (${REPLICA_SNAPSHOT_DIR}) ${why}; reading every entry from the server and saving a new one.`);
    return undefined;
  }
}

/** The index cache file of the snapshot (for tests and `memory doctor`-like tools). */
export const REPLICA_INDEX_FILE = join(REPLICA_SNAPSHOT_DIR, INDEX_CACHE_FILE);

/**
 * CRC-32 of a file read in pieces into one buffer (undefined when it cannot be read): the rows file
 * of a 3M snapshot is 2 GB, which read whole stayed allocated until the collector came round to it,
 * during the first lookups.
 */
async function fileCrc32(path: string): Promise<number | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const buffer = Buffer.allocUnsafe(1 << 23);
    let crc = 0;
    for (let n; (n = (await handle.read(buffer, 0, buffer.length)).bytesRead) > 0; ) crc = crc32(buffer.subarray(0, n), crc);
    return crc;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
