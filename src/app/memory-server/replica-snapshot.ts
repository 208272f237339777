import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { FuzzyIndex } from '../../stages/memory-lookup/fuzzy-index.js';
import { INDEX_CACHE_FILE, openMemoryIndex } from '../../stages/memory-lookup/open-memory-index.js';
import { writeChunksAtomic, writeTextAtomic } from '../../stores/atomic-write.js';
import { MEMORY_FILE } from '../../stores/memory-file.js';
import { compareKeys, entriesOfScan, serialiseMemory } from '../../stores/memory-jsonl.js';
import type { VersionedEntry } from '../../stores/postgres/memory-rows.js';
import type { ReplicaCache, SeededReplica, ServerIdentity } from '../../stores/postgres/replica-cache.js';

/** Never committed: .gitignore lists .duizhao-cache/. */
export const REPLICA_SNAPSHOT_DIR = '.duizhao-cache/memory-server';
/** Bump when the files' layout or meaning changes: an older snapshot is then rebuilt. */
export const REPLICA_SNAPSHOT_FORMAT = 1;
const META = 'snapshot.json';

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
  /** The keys in the index. */
  indexed: ReadonlySet<string>;
}

/**
 * The server's rows kept in the project's .duizhao-cache/ between processes, so a command starts
 * from them and reads only what changed since (the change cursor; deletions come as tombstones).
 * The rows are a memory.jsonl-format file under REPLICA_SNAPSHOT_DIR, with the git back-end's index
 * cache beside it (openMemoryIndex: versioned, CRC-checked, rebuilt when it does not match), and
 * snapshot.json: format, the server's identity, the cursor, the rows file's CRC-32 and each row's
 * version. A snapshot of another format or server, one ahead of the server (restored from a
 * backup), or damaged is not used: `notice` says why and the rows are read from the server again.
 */
export class ReplicaSnapshot implements ReplicaCache {
  /** The fuzzy index of the snapshot last loaded or saved. */
  index: SnapshotIndex | undefined;
  /** How the last load went: used, or why not. */
  outcome: 'used' | 'missing' | 'other-format' | 'foreign' | 'ahead' | 'damaged' | undefined;

  constructor(readonly root: string, private readonly notice: (message: string) => void = () => undefined) {}

  get dir(): string {
    return join(this.root, REPLICA_SNAPSHOT_DIR);
  }

  async load(identity: ServerIdentity): Promise<SeededReplica | undefined> {
    const meta = await this.readMeta();
    if (!meta) return this.refuse('missing');
    if (meta === 'damaged') return this.refuse('damaged', `is damaged (${META} unreadable)`);
    if (meta.format !== REPLICA_SNAPSHOT_FORMAT) return this.refuse('other-format', `is of format ${meta.format}, not ${REPLICA_SNAPSHOT_FORMAT}`);
    if (meta.server !== identity.id) return this.refuse('foreign', 'was taken from another server or database');
    if (BigInt(meta.cursor) > BigInt(identity.last)) return this.refuse('ahead', 'is ahead of the server (was the server restored from a backup?)');
    const bytes = await readFile(join(this.dir, MEMORY_FILE)).catch(() => undefined);
    if (!bytes || crc32(bytes) !== meta.crc32) return this.refuse('damaged', 'is damaged (checksum mismatch)');
    try {
      const opened = await openMemoryIndex(this.dir, { readAll: true });
      const entries = opened.scan ? entriesOfScan(opened.scan) : [];
      if (entries.length !== meta.versions.length) return this.refuse('damaged', 'is damaged (row count)');
      const rows = new Map(entries.map((entry, i) => [entry.key, { entry, version: meta.versions[i]! }]));
      this.index = { index: opened.index, keyOf: opened.keyOf, indexed: new Set(entries.filter((e) => e.target).map((e) => e.key)) };
      this.outcome = 'used';
      return { rows, cursor: meta.cursor };
    } catch (error) {
      return this.refuse('damaged', `is damaged (${(error as Error).message})`);
    }
  }

  async save(identity: ServerIdentity, rows: ReadonlyMap<string, VersionedEntry>, cursor: string): Promise<void> {
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
      await writeChunksAtomic(join(this.dir, MEMORY_FILE), chunks());
      const meta: SnapshotMeta = { format: REPLICA_SNAPSHOT_FORMAT, server: identity.id, cursor, crc32: crc, versions: sorted.map((r) => r.version) };
      await writeTextAtomic(join(this.dir, META), JSON.stringify(meta));
      const opened = await openMemoryIndex(this.dir, { readAll: true });
      this.index = { index: opened.index, keyOf: opened.keyOf, indexed: new Set(sorted.filter((r) => r.entry.target).map((r) => r.entry.key)) };
    } catch (error) {
      // A read-only checkout or a full disk: the next process reads the rows from the server again.
      this.notice(`the local snapshot of the memory server cannot be saved in ${REPLICA_SNAPSHOT_DIR}: ${(error as Error).message}`);
    }
  }

  private async readMeta(): Promise<SnapshotMeta | 'damaged' | undefined> {
    const text = await readFile(join(this.dir, META), 'utf8').catch(() => undefined);
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
