import type pg from 'pg';
import { AppError, EXIT_CODES } from '../../errors.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { compareKeys } from '../key-order.js';
import { TranslationMemory } from '../memory-jsonl.js';
import type { MemoryStore, UpdateMemoryOptions } from '../memory-store.js';
import { describeServer } from './describe-server.js';
import { mergeChanges } from './merge-changes.js';
import { entryOfRow, writeRows, type VersionedEntry } from './memory-rows.js';
import { readChanges } from './read-changes.js';
import { readServerIdentity, type ReplicaCache, type ServerIdentity } from './replica-cache.js';
import { ReplicaRows } from './replica-rows.js';
import { assertMemorySchema, WRITE_LOCK } from './memory-schema.js';

/** Who writes, for the audit table: DUIZHAO_USER or the OS user, and the command. */
export interface WriterInfo {
  who: string;
  command: string;
}

const BATCH = 5_000;
/** The replica cache is saved again once the rows read since it was saved exceed this share of it. */
const RESAVE_SHARE = 0.05;
const ATTEMPTS = 3;
/** NOTIFY channel of committed memory writes. */
const CHANNEL = 'duizhao_memory';

/**
 * The memory on PostgreSQL. The process keeps a replica of the entries with their row versions,
 * loaded once and kept current by a change cursor (rows with change_seq above the last one seen),
 * so a command reads only what others changed since. Writes are optimistic: a row is written only
 * if it still has the version the decision was based on; otherwise the decision is made again on
 * the fresh entry, and after three tries the command stops with a conflict (exit 1).
 */
export class PgMemoryStore implements MemoryStore {
  readonly backend = 'postgres' as const;
  private pool: pg.Pool | undefined;
  private rows = ReplicaRows.empty();
  private cursor = '0';
  private checked = false;
  /** The server's identity once the replica cache was consulted (undefined: not yet, or no cache). */
  private identity: ServerIdentity | undefined;
  /** Rows read from the server since the replica cache was last loaded or saved (Infinity: it holds nothing of use). */
  private unsaved = Infinity;
  /** Rows and tombstones read from the server by this process (what a warm start saves). */
  fetched = 0;
  private readonly changeListeners = new Set<(keys: readonly string[]) => void>();

  constructor(readonly url: string, private readonly writer: WriterInfo, readonly replicaCache?: ReplicaCache) {}

  async client(): Promise<pg.PoolClient> {
    // Loaded on first use: commands of a project on the git file never load the driver.
    const { connectMemoryServer, createMemoryPool } = await import('./connect-memory-server.js');
    this.pool ??= createMemoryPool(this.url);
    const client = await connectMemoryServer(this.pool, this.url);
    if (!this.checked) {
      try {
        await assertMemorySchema(client, describeServer(this.url));
      } catch (error) {
        client.release();
        throw error;
      }
      this.checked = true;
    }
    return client;
  }

  /** Reads the rows changed (or deleted) since the last refresh; returns their keys. Earlier snapshots stay as they were. */
  async refresh(): Promise<string[]> {
    const client = await this.client();
    const changed: string[] = [];
    let own = false;
    const mine = (): ReplicaRows => {
      if (!own && this.rows.size) this.rows = this.rows.copy();
      own = true;
      return this.rows;
    };
    try {
      if (this.replicaCache && !this.identity) await this.seed(client, this.replicaCache);
      this.cursor = await readChanges(client, this.cursor, {
        deleted: (keys) => {
          for (const key of keys) if (mine().delete(key)) changed.push(key);
          this.fetched += keys.length;
        },
        rows: (rows) => {
          for (const row of rows) mine().set(row.key, { entry: entryOfRow(row), version: row.version });
          for (const row of rows) changed.push(row.key);
          this.fetched += rows.length;
        },
      });
    } finally {
      client.release();
    }
    if (this.replicaCache && this.identity) {
      this.unsaved += changed.length;
      if (this.unsaved > Math.max(1000, this.rows.size * RESAVE_SHARE)) {
        // From now on the rows come from the files just saved: the entries read from the server
        // (millions for a first process) are left to the collector, as in a process started from them.
        const saved = await this.replicaCache.save(this.identity, this.rows, this.cursor);
        if (saved) this.rows = saved.rows;
        this.unsaved = 0;
      }
    }
    if (changed.length) for (const listener of this.changeListeners) listener(changed);
    return changed;
  }

  /**
   * Calls `listener` with the keys of every refresh that read changes, whichever command asked for
   * it (a save refreshes too): what a derived structure such as a fuzzy index must take in.
   */
  onChanged(listener: (keys: readonly string[]) => void): void {
    this.changeListeners.add(listener);
  }

  /** Starts from the replica cache (when it holds this server's rows): only what changed since is read. */
  private async seed(client: pg.ClientBase, cache: ReplicaCache): Promise<void> {
    this.identity = await readServerIdentity(client);
    const seeded = await cache.load(this.identity);
    if (!seeded) return;
    this.rows = seeded.rows;
    this.cursor = seeded.cursor;
    this.unsaved = 0;
  }

  /** The replica as of the last refresh (no query); later refreshes do not change the returned map. */
  replica(): ReplicaRows {
    return this.rows;
  }

  /** The entries with their versions as of now; later refreshes do not change the returned map. */
  async snapshot(): Promise<ReplicaRows> {
    await this.refresh();
    return this.rows;
  }

  async loadEntries(): Promise<MemoryEntry[]> {
    return [...(await this.snapshot()).values()].map((r) => r.entry).sort((a, b) => compareKeys(a.key, b.key));
  }

  async update<T>(root: string, update: (memory: TranslationMemory) => T | Promise<T>, options: UpdateMemoryOptions<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const seen = await this.snapshot();
      const memory = new TranslationMemory(root, [...seen.values()].map((r) => r.entry), options.now);
      const value = await update(memory);
      if (!memory.dirty || !(options.commit?.(value) ?? true)) return value;
      const changes = memory.changedEntries();
      const conflicts = await this.write(changes, changes.map((e) => seen.get(e.key)?.version ?? 0));
      if (!conflicts.length) return value;
      if (attempt === ATTEMPTS) throw conflictError(conflicts);
    }
  }

  async saveChanges(changes: readonly MemoryEntry[]): Promise<MemoryEntry[]> {
    await this.transaction(async (client) => {
      const merged = await mergeChanges(client, changes);
      await this.writeBatches(client, merged.map((m) => m.entry), merged.map((m) => m.version));
    });
    const now = await this.snapshot();
    return changes.flatMap((e) => now.get(e.key)?.entry ?? []);
  }

  /** Writes `changes` if every row still has its `seen` version (0: absent); else writes nothing and returns the keys changed meanwhile. */
  async write(changes: readonly MemoryEntry[], seen: readonly number[]): Promise<string[]> {
    const conflicts = await this.transaction(async (client) => {
      const written = await this.writeBatches(client, changes, seen);
      const missed = changes.filter((e) => !written.has(e.key)).map((e) => e.key);
      if (missed.length) throw new Rollback(missed);
      return [];
    }).catch((error: unknown) => {
      if (error instanceof Rollback) return error.keys;
      throw error;
    });
    await this.refresh();
    return conflicts;
  }

  private async writeBatches(client: pg.ClientBase, changes: readonly MemoryEntry[], seen: readonly number[]): Promise<Set<string>> {
    const written = new Set<string>();
    for (let at = 0; at < changes.length; at += BATCH) {
      const keys = await writeRows(client, changes.slice(at, at + BATCH), seen.slice(at, at + BATCH), this.writer.who, this.writer.command);
      for (const key of keys) written.add(key);
    }
    // Delivered to listeners when the transaction commits, never when it rolls back.
    if (written.size) await client.query(`SELECT pg_notify('${CHANNEL}', '')`);
    return written;
  }

  /**
   * Calls `onChange` whenever a write to the memory commits (LISTEN on one pooled connection), and
   * `onLost` if that connection fails (notifications may then be missed). Returns `stop`.
   */
  async watch(onChange: () => void, onLost: () => void): Promise<() => Promise<void>> {
    const client = await this.client();
    const lost = () => onLost();
    client.on('notification', onChange);
    client.on('error', lost);
    client.on('end', lost);
    await client.query(`LISTEN ${CHANNEL}`);
    return async () => {
      client.off('error', lost).off('end', lost).off('notification', onChange);
      await client.query(`UNLISTEN ${CHANNEL}`).then(() => client.release(), (error: Error) => client.release(error));
    };
  }

  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.client();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const value = await fn(client);
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
    await this.replicaCache?.close?.();
  }
}

class Rollback extends Error {
  constructor(readonly keys: string[]) {
    super('rollback');
  }
}

function conflictError(keys: string[]): AppError {
  return new AppError('memory/conflict', `${keys.length} memory entr${keys.length === 1 ? 'y was' : 'ies were'} changed by someone else while this command decided; nothing was written.`, {
    exitCode: EXIT_CODES.findings,
    details: keys.slice(0, 20).map((k) => `key ${k}`),
    hint: 'Run the command again: it decides on the entries as they are now.',
  });
}
