import type { FuzzyMatch, MemoryEntry } from '../../model/memory-entry.js';
import { DEFAULT_FUZZY_THRESHOLD, FuzzyIndex } from '../../stages/memory-lookup/fuzzy-index.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import type { ReplicaRows } from '../../stores/postgres/replica-rows.js';
import { ReplicaSnapshot } from './replica-snapshot.js';

/** The delta index is folded into the main one once it holds this share of it. */
const REBUILD_SHARE = 0.05;
const WARM_LOOKUPS = 200;

/**
 * The fuzzy index of a memory on the server, held by the process: built once from the store's
 * replica, then kept current from the change cursor. Keys that gain English go into a small delta
 * index searched beside the main one (rebuilt from scratch only when the delta grows large), so a
 * change by another translator is visible at the next lookup without rebuilding a million-key index.
 * Exact matches come from the replica's key map; every hit is re-read from the current entries.
 */
export class ServerMemoryIndex {
  private rows: ReplicaRows | undefined;
  private mainSize = 0;
  private mainKeyOf: (j: number) => string = () => '';
  private main = new FuzzyIndex([]);
  /** Whether the main index holds a key (a snapshot's index answers without a set of a million keys). */
  private inMain: (key: string) => boolean = () => false;
  private deltaKeys: string[] = [];
  private inDelta = new Set<string>();
  private delta = new FuzzyIndex([]);
  /** Without a LISTEN connection every use asks the change cursor; with one, only after a notification. */
  private watching = false;
  private stale = false;
  private unwatch: (() => Promise<void>) | undefined;
  /** Keys the store read from the server since the index last took changes in (any command's refresh). */
  private pending: string[] = [];

  constructor(private readonly store: PgMemoryStore, private readonly rebuildShare = REBUILD_SHARE) {}

  /**
   * Built from the store's rows; with a replica snapshot (see ReplicaSnapshot), its saved fuzzy
   * index is the main one and only keys that gained English since go into the delta: only the
   * rows read from the server since the snapshot are looked at, not the snapshot's own.
   */
  static async open(store: PgMemoryStore, rebuildShare?: number): Promise<ServerMemoryIndex> {
    const index = new ServerMemoryIndex(store, rebuildShare);
    index.rows = await store.snapshot();
    // A save refreshes the store too: its keys must reach the index, not only those of index.refresh().
    store.onChanged((keys) => {
      for (const key of keys) index.pending.push(key);
    });
    const saved = store.replicaCache instanceof ReplicaSnapshot ? store.replicaCache.index : undefined;
    if (!saved) {
      index.rebuild();
      return index;
    }
    [index.main, index.mainKeyOf, index.mainSize, index.inMain] = [saved.index, saved.keyOf, saved.size, saved.isIndexed];
    index.addToDelta(index.newlyEnglish([...index.rows.changedKeys()]));
    return index;
  }

  get size(): number {
    return this.mainSize + this.deltaKeys.length;
  }

  /** Keys in the delta index, not yet folded into the main one. */
  get deltaSize(): number {
    return this.deltaKeys.length;
  }

  /** Listens for committed writes (LISTEN/NOTIFY), so `current()` asks the server only when something changed. */
  async watch(): Promise<void> {
    this.unwatch = await this.store.watch(() => void (this.stale = true), () => void (this.watching = false));
    this.watching = true;
    await this.refresh();
  }

  async close(): Promise<void> {
    this.watching = false;
    await this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Brings the index up to date before a lookup: at once when watching and nothing was notified. */
  async current(): Promise<void> {
    if (this.watching && !this.stale) return void this.takeChanges();
    this.stale = false;
    await this.refresh();
  }

  /** Takes in what other writers changed since; returns how many entries changed. */
  async refresh(): Promise<number> {
    await this.store.refresh();
    return this.takeChanges();
  }

  /** Takes in the changes the store has read since the last call, by whichever command read them. */
  private takeChanges(): number {
    if (!this.pending.length) return 0;
    const changed = [...new Set(this.pending)];
    this.pending = [];
    this.rows = this.store.replica();
    this.addToDelta(this.newlyEnglish(changed));
    return changed.length;
  }

  /** Of `keys`, those with English now that neither index holds. */
  private newlyEnglish(keys: string[]): string[] {
    return keys.filter((key) => !this.inDelta.has(key) && this.rows!.get(key)?.entry.target && !this.inMain(key));
  }

  private addToDelta(added: string[]): void {
    if (!added.length) return;
    for (const key of added) this.inDelta.add(key);
    this.deltaKeys.push(...added);
    if (this.deltaKeys.length > this.mainSize * this.rebuildShare) this.rebuild();
    else this.delta = new FuzzyIndex(this.deltaKeys);
  }

  /**
   * Looks up near variants (one character dropped) of `lookups` keys spread over the index: a
   * long-lived process (the review page) runs this before it serves, so its first users do not pay
   * for compiling the search and first touching the index's tables (measured in the bench).
   */
  warm(lookups = WARM_LOOKUPS): void {
    for (let i = 0; i < lookups && this.mainSize; i++) {
      const key = this.mainKeyOf(Math.floor(((i + 0.5) * this.mainSize) / lookups));
      const cut = key.length >> 1;
      this.search(key.slice(0, cut) + key.slice(cut + 1), { threshold: DEFAULT_FUZZY_THRESHOLD, limit: 3 });
    }
  }

  exact(key: string): MemoryEntry | undefined {
    return this.rows?.get(key)?.entry;
  }

  /** Fuzzy matches of `key` (other keys only), best first, as FuzzyIndex scores them. */
  search(key: string, options: { threshold: number; limit: number }): FuzzyMatch[] {
    const hits = [
      ...this.main.search(key, { ...options, limit: options.limit + 1 + this.removed() }).map((h) => ({ score: h.score, key: this.mainKeyOf(h.index) })),
      ...this.delta.search(key, { ...options, limit: options.limit + 1 }).map((h) => ({ score: h.score, key: this.deltaKeys[h.index]! })),
    ];
    hits.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return hits.flatMap((h) => {
      const entry = this.rows?.get(h.key)?.entry;
      return entry?.target && h.key !== key ? [{ score: h.score, entry }] : [];
    }).slice(0, options.limit);
  }

  /** Keys in the indexes whose entry is gone or lost its English (deleted on the server): hits to look past. */
  private removed(): number {
    return Math.max(0, this.size - (this.rows?.withEnglish ?? 0));
  }

  private rebuild(): void {
    const keys = [...(this.rows?.values() ?? [])].filter((r) => r.entry.target).map((r) => r.entry.key).sort();
    const inMain = new Set(keys);
    [this.main, this.mainKeyOf, this.mainSize, this.inMain] = [new FuzzyIndex(keys), (j) => keys[j]!, keys.length, (key) => inMain.has(key)];
    this.inDelta = new Set();
    this.deltaKeys = [];
    this.delta = new FuzzyIndex([]);
  }
}
