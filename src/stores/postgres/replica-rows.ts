import type { VersionedEntry } from './memory-rows.js';

/**
 * Rows kept elsewhere (the replica snapshot on disk), read one at a time: a process starting from
 * a snapshot of a million rows reads only those it is asked for instead of parsing them all.
 */
export interface RowSource {
  /** Rows in the source; row i for i in [0, size). */
  readonly size: number;
  /** Rows with English (what the fuzzy index covers). */
  readonly withEnglish: number;
  /** Row number of `key`, or -1. */
  find(key: string): number;
  row(i: number): VersionedEntry;
}

/**
 * The replica's rows: a read-only base (a RowSource, or none) under the rows read from the server
 * since (changed rows, and null for deletions). Copies share the base and copy only what changed,
 * so a refresh leaves earlier snapshots as they were at the cost of the changes, not of the memory.
 */
export class ReplicaRows implements ReadonlyMap<string, VersionedEntry> {
  private constructor(
    private readonly base: RowSource | undefined,
    private readonly changes: Map<string, VersionedEntry | null>,
    private count: number,
    private english: number,
  ) {}

  static empty(): ReplicaRows {
    return new ReplicaRows(undefined, new Map(), 0, 0);
  }

  static over(base: RowSource): ReplicaRows {
    return new ReplicaRows(base, new Map(), base.size, base.withEnglish);
  }

  get size(): number {
    return this.count;
  }

  /** Whether the rows are read from a cache's files as asked for (else every entry is held here). */
  get cached(): boolean {
    return this.base !== undefined;
  }

  /** Rows with English. */
  get withEnglish(): number {
    return this.english;
  }

  /** Keys set or deleted since the base (every key when there is no base). */
  changedKeys(): IterableIterator<string> {
    return this.changes.keys();
  }

  copy(): ReplicaRows {
    return new ReplicaRows(this.base, new Map(this.changes), this.count, this.english);
  }

  get(key: string): VersionedEntry | undefined {
    const changed = this.changes.get(key);
    if (changed !== undefined) return changed ?? undefined;
    const i = this.base ? this.base.find(key) : -1;
    return i === -1 ? undefined : this.base!.row(i);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, row: VersionedEntry): void {
    this.account(key, +1, row.entry.target ? 1 : 0);
    this.changes.set(key, row);
  }

  delete(key: string): boolean {
    if (!this.account(key, 0, 0)) return false;
    // Without a base nothing can show through: forget the key outright.
    if (this.base) this.changes.set(key, null);
    else this.changes.delete(key);
    return true;
  }

  /** Adjusts the counts for `key` becoming a row (added 1) or not (0); returns whether it was one. */
  private account(key: string, added: number, english: number): boolean {
    const old = this.get(key);
    this.count += added - (old ? 1 : 0);
    this.english += english - (old?.entry.target ? 1 : 0);
    return old !== undefined;
  }

  *entries(): IterableIterator<[string, VersionedEntry]> {
    for (const [key, row] of this.changes) if (row) yield [key, row];
    if (!this.base) return;
    for (let i = 0; i < this.base.size; i++) {
      const row = this.base.row(i);
      if (!this.changes.has(row.entry.key)) yield [row.entry.key, row];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): IterableIterator<VersionedEntry> {
    for (const [, row] of this.entries()) yield row;
  }

  [Symbol.iterator](): IterableIterator<[string, VersionedEntry]> {
    return this.entries();
  }

  forEach(fn: (value: VersionedEntry, key: string, map: ReadonlyMap<string, VersionedEntry>) => void): void {
    for (const [key, row] of this.entries()) fn(row, key, this);
  }
}
