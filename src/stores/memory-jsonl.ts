import { join } from 'node:path';
import type { MemoryEntry } from '../model/memory-entry.js';
import { writeChunksAtomic } from './atomic-write.js';
import { memoryFileChunks, serialiseEntry } from './memory-entry-line.js';
import { keyOrder } from './key-order.js';
import { withLock } from './lock.js';
import { MEMORY_FILE, removeOrphanTempFiles } from './memory-file.js';
import { mergeEntry, mergeSaved, type UpsertOutcome } from './memory-merge.js';
import { memoryStoreFor } from './memory-store.js';
import { entriesOfScan, readMemoryEntries } from './read-memory-entries.js';

export { entriesOfScan, MEMORY_FILE, serialiseEntry };

/**
 * The translation memory: one JSON object per line, sorted by key, fields in a fixed order, so
 * git diffs show exactly which segments changed. Changes are kept in memory until save(), which
 * takes the lock, re-reads the file and applies them on top with the same merge rules, so two
 * commands writing at once both keep their work and neither can downgrade a human translation.
 */
export class TranslationMemory {
  private readonly byKey: Map<string, MemoryEntry>;
  private readonly pending = new Map<string, MemoryEntry>();
  private saving: Promise<unknown> = Promise.resolve();

  /** Whether a memory that keeps no changes (see the constructor) has changed. */
  private changed = false;

  /**
   * A Map of entries by key (as readMemoryEntries returns) is taken over as it is, not copied.
   * With `keepChanges` false (a memory its caller writes whole: updateMemoryFile), only whether it
   * changed is kept, not a second map of the changed entries (a million of them, for an import
   * into an empty memory); changedEntries and save then refuse.
   */
  constructor(readonly root: string, entries: Iterable<MemoryEntry> | Map<string, MemoryEntry> = [], private readonly now: () => string = isoNow, private readonly keepChanges = true) {
    if (entries instanceof Map) this.byKey = entries;
    else {
      this.byKey = new Map();
      for (const entry of entries) this.byKey.set(entry.key, entry);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): MemoryEntry | undefined {
    return this.byKey.get(key);
  }

  /** Entries sorted by key (compareKeys order; see keyOrder, a million keys being common). */
  entries(): MemoryEntry[] {
    // Keys from the map itself, not from each entry: a million entries spread over the heap are a million cache misses.
    const all = [...this.byKey.values()];
    return Array.from(keyOrder([...this.byKey.keys()]), (i) => all[i]!);
  }

  /**
   * Adds or updates an entry. A lower state never replaces a human one (translated, reviewed,
   * approved): machine drafts cannot overwrite people. Returns what happened.
   */
  upsert(entry: Omit<MemoryEntry, 'created' | 'updated'> & Partial<Pick<MemoryEntry, 'created' | 'updated'>>): UpsertOutcome {
    const { outcome, entry: merged } = mergeEntry(this.byKey.get(entry.key), entry, this.now());
    if (outcome === 'added' || outcome === 'updated') {
      this.byKey.set(merged.key, merged);
      this.noteChange(merged);
    }
    return outcome;
  }

  /**
   * Adds an entry for a key the memory does not hold (the caller has just asked), taken as it is:
   * an import's new pairs, a million of them, go in built once in their final shape (as mergeEntry
   * adds one; see importPair) rather than copied by mergeEntry.
   */
  addNew(entry: MemoryEntry): 'added' {
    this.byKey.set(entry.key, entry);
    this.noteChange(entry);
    return 'added';
  }

  /** The time an entry changed now gets (ISO text). */
  stamp(): string {
    return this.now();
  }

  /** Records that a segment occurs in a report, without touching its translation. */
  addReport(key: string, report: string): void {
    const entry = this.byKey.get(key);
    if (!entry || entry.reports.includes(report)) return;
    const next = { ...entry, reports: [...entry.reports, report].sort() };
    this.byKey.set(key, next);
    this.noteChange(next);
  }

  private noteChange(entry: MemoryEntry): void {
    if (this.keepChanges) this.pending.set(entry.key, entry);
    else this.changed = true;
  }

  get dirty(): boolean {
    return this.changed || this.pending.size > 0;
  }

  /** The entries changed since loading or the last save (what a server store writes). */
  changedEntries(): MemoryEntry[] {
    this.assertKeepsChanges();
    return [...this.pending.values()];
  }

  private assertKeepsChanges(): void {
    if (!this.keepChanges) throw new Error('This memory keeps no list of its changes: its caller writes it whole.');
  }

  /**
   * Writes pending changes atomically under the memory lock; returns how many were written.
   * Saves run one after another, and only what a save wrote leaves `pending`: a change made
   * while the file was being written stays pending for the next save.
   */
  save(): Promise<number> {
    this.assertKeepsChanges();
    const next = this.saving.then(() => this.saveNow());
    this.saving = next.catch(() => undefined);
    return next;
  }

  private async saveNow(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const store = memoryStoreFor(this.root);
    if (store) return this.saveToStore(store.saveChanges.bind(store));
    const dir = join(this.root, 'translations', 'memory');
    return withLock(dir, async () => {
      const onDisk = await readMemoryEntries(this.root);
      const written = new Map(this.pending);
      const fresh = new TranslationMemory(this.root, onDisk, this.now);
      for (const entry of written.values()) fresh.applySaved(entry);
      await writeMemoryFile(this.root, fresh.entries());
      for (const [key, entry] of written) if (this.pending.get(key) === entry) this.pending.delete(key);
      for (const entry of fresh.entries()) if (!this.pending.has(entry.key)) this.byKey.set(entry.key, entry);
      return written.size;
    });
  }

  private async saveToStore(saveChanges: (changes: MemoryEntry[]) => Promise<MemoryEntry[]>): Promise<number> {
    const written = new Map(this.pending);
    const stored = await saveChanges([...written.values()]);
    for (const [key, entry] of written) if (this.pending.get(key) === entry) this.pending.delete(key);
    for (const entry of stored) if (!this.pending.has(entry.key)) this.byKey.set(entry.key, entry);
    return written.size;
  }

  private applySaved(entry: MemoryEntry): void {
    this.byKey.set(entry.key, mergeSaved(this.byKey.get(entry.key), entry));
  }
}

let lastMs = -1;
let lastIso = '';
/** The time as ISO text, formatted once per millisecond (an import of a million pairs asks a million times). */
function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) [lastMs, lastIso] = [ms, new Date(ms).toISOString()];
  return lastIso;
}

/** Writes the whole memory file atomically; callers hold the lock. Temp files of killed writes go first. */
export async function writeMemoryFile(root: string, entries: readonly MemoryEntry[]): Promise<void> {
  await removeOrphanTempFiles(root);
  await writeChunksAtomic(join(root, MEMORY_FILE), memoryFileChunks(entries));
}

/** The file's text for `entries` (already in order): one serialiseEntry line each. */
export function serialiseMemory(entries: readonly MemoryEntry[]): string {
  return entries.map(serialiseEntry).join('\n') + (entries.length ? '\n' : '');
}

/** The project's memory: the git file, or the server store the project chose (see memoryStoreFor). */
export async function loadMemory(root: string, now?: () => string): Promise<TranslationMemory> {
  const store = memoryStoreFor(root);
  return new TranslationMemory(root, store ? await store.loadEntries() : await readMemoryEntries(root), now);
}

/**
 * The git file's memory, whatever store the project uses (memory push reads it). With
 * `keepChanges` false, for a caller that writes it whole, see the TranslationMemory constructor.
 */
export async function loadMemoryFile(root: string, now?: () => string, keepChanges = true): Promise<TranslationMemory> {
  return new TranslationMemory(root, await readMemoryEntries(root), now, keepChanges);
}
