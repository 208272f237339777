import type { FuzzyMatch, MemoryEntry } from '../../model/memory-entry.js';
import { FuzzyIndex } from '../../stages/memory-lookup/fuzzy-index.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import type { VersionedEntry } from '../../stores/postgres/memory-rows.js';

/** The delta index is folded into the main one once it holds this share of it. */
const REBUILD_SHARE = 0.05;

/**
 * The fuzzy index of a memory on the server, held by the process: built once from the store's
 * replica, then kept current from the change cursor. Keys that gain English go into a small delta
 * index searched beside the main one (rebuilt from scratch only when the delta grows large), so a
 * change by another translator is visible at the next lookup without rebuilding a million-key index.
 * Exact matches come from the replica's key map; every hit is re-read from the current entries.
 */
export class ServerMemoryIndex {
  private rows: ReadonlyMap<string, VersionedEntry> = new Map();
  private mainKeys: string[] = [];
  private main = new FuzzyIndex([]);
  private deltaKeys: string[] = [];
  private delta = new FuzzyIndex([]);
  private indexed = new Set<string>();
  /** Without a LISTEN connection every use asks the change cursor; with one, only after a notification. */
  private watching = false;
  private stale = false;
  private unwatch: (() => Promise<void>) | undefined;

  constructor(private readonly store: PgMemoryStore, private readonly rebuildShare = REBUILD_SHARE) {}

  static async open(store: PgMemoryStore, rebuildShare?: number): Promise<ServerMemoryIndex> {
    const index = new ServerMemoryIndex(store, rebuildShare);
    index.rows = await store.snapshot();
    index.rebuild();
    return index;
  }

  get size(): number {
    return this.mainKeys.length + this.deltaKeys.length;
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
    if (this.watching && !this.stale) return;
    this.stale = false;
    await this.refresh();
  }

  /** Takes in what other writers changed since; returns how many entries changed. */
  async refresh(): Promise<number> {
    const changed = await this.store.refresh();
    if (!changed.length) return 0;
    this.rows = this.store.replica();
    const added = changed.filter((key) => !this.indexed.has(key) && this.rows.get(key)?.entry.target);
    if (added.length) {
      for (const key of added) this.indexed.add(key);
      this.deltaKeys.push(...added);
      if (this.deltaKeys.length > this.mainKeys.length * this.rebuildShare) this.rebuild();
      else this.delta = new FuzzyIndex(this.deltaKeys);
    }
    return changed.length;
  }

  exact(key: string): MemoryEntry | undefined {
    return this.rows.get(key)?.entry;
  }

  /** Fuzzy matches of `key` (other keys only), best first, as FuzzyIndex scores them. */
  search(key: string, options: { threshold: number; limit: number }): FuzzyMatch[] {
    const hits = [
      ...this.main.search(key, { ...options, limit: options.limit + 1 }).map((h) => ({ score: h.score, key: this.mainKeys[h.index]! })),
      ...this.delta.search(key, { ...options, limit: options.limit + 1 }).map((h) => ({ score: h.score, key: this.deltaKeys[h.index]! })),
    ];
    hits.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return hits.flatMap((h) => {
      const entry = this.rows.get(h.key)?.entry;
      return entry?.target && h.key !== key ? [{ score: h.score, entry }] : [];
    }).slice(0, options.limit);
  }

  private rebuild(): void {
    this.mainKeys = [...this.rows.values()].filter((r) => r.entry.target).map((r) => r.entry.key).sort();
    this.main = new FuzzyIndex(this.mainKeys);
    this.indexed = new Set(this.mainKeys);
    this.deltaKeys = [];
    this.delta = new FuzzyIndex([]);
  }
}
