import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import { isUnitState } from '../model/unit.js';
import { writeTextAtomic } from './atomic-write.js';
import { withLock } from './lock.js';
import { mergeEntry, type UpsertOutcome } from './memory-merge.js';

export const MEMORY_FILE = 'translations/memory/memory.jsonl';
const FIELD_ORDER: (keyof MemoryEntry)[] = ['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated', 'note', 'footnote', 'flags'];

/**
 * The translation memory: one JSON object per line, sorted by key, fields in a fixed order, so
 * git diffs show exactly which segments changed. Changes are kept in memory until save(), which
 * takes the lock, re-reads the file and applies them on top with the same merge rules, so two
 * commands writing at once both keep their work and neither can downgrade a human translation.
 */
export class TranslationMemory {
  private readonly byKey = new Map<string, MemoryEntry>();
  private readonly pending = new Map<string, MemoryEntry>();

  constructor(readonly root: string, entries: Iterable<MemoryEntry> = [], private readonly now: () => string = () => new Date().toISOString()) {
    for (const entry of entries) this.byKey.set(entry.key, entry);
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): MemoryEntry | undefined {
    return this.byKey.get(key);
  }

  /** Entries sorted by key. */
  entries(): MemoryEntry[] {
    return [...this.byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  }

  /**
   * Adds or updates an entry. A lower state never replaces a human one (translated, reviewed,
   * approved): machine drafts cannot overwrite people. Returns what happened.
   */
  upsert(entry: Omit<MemoryEntry, 'created' | 'updated'> & Partial<Pick<MemoryEntry, 'created' | 'updated'>>): UpsertOutcome {
    const { outcome, entry: merged } = mergeEntry(this.byKey.get(entry.key), entry, this.now());
    if (outcome === 'added' || outcome === 'updated') {
      this.byKey.set(merged.key, merged);
      this.pending.set(merged.key, merged);
    }
    return outcome;
  }

  /** Records that a segment occurs in a report, without touching its translation. */
  addReport(key: string, report: string): void {
    const entry = this.byKey.get(key);
    if (!entry || entry.reports.includes(report)) return;
    const next = { ...entry, reports: [...entry.reports, report].sort() };
    this.byKey.set(key, next);
    this.pending.set(key, next);
  }

  get dirty(): boolean {
    return this.pending.size > 0;
  }

  /** Writes pending changes atomically under the memory lock; returns how many were written. */
  async save(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const dir = join(this.root, 'translations', 'memory');
    return withLock(dir, async () => {
      const onDisk = await readEntries(this.root);
      const fresh = new TranslationMemory(this.root, onDisk, this.now);
      for (const entry of this.pending.values()) fresh.applySaved(entry);
      await writeTextAtomic(join(this.root, MEMORY_FILE), serialiseMemory(fresh.entries()));
      for (const entry of fresh.entries()) this.byKey.set(entry.key, entry);
      const written = this.pending.size;
      this.pending.clear();
      return written;
    });
  }

  private applySaved(entry: MemoryEntry): void {
    const current = this.byKey.get(entry.key);
    if (!current) {
      this.byKey.set(entry.key, entry);
      return;
    }
    const { entry: merged } = mergeEntry(current, entry, entry.updated);
    this.byKey.set(entry.key, { ...merged, reports: [...new Set([...current.reports, ...entry.reports])].sort() });
  }
}

/** Code-unit order: stable across machines and locales. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serialiseMemory(entries: readonly MemoryEntry[]): string {
  return entries.map(serialiseEntry).join('\n') + (entries.length ? '\n' : '');
}

export function serialiseEntry(entry: MemoryEntry): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const value = entry[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && field === 'flags')) continue;
    ordered[field] = value;
  }
  return JSON.stringify(ordered);
}

export async function loadMemory(root: string, now?: () => string): Promise<TranslationMemory> {
  return new TranslationMemory(root, await readEntries(root), now);
}

async function readEntries(root: string): Promise<MemoryEntry[]> {
  const path = join(root, MEMORY_FILE);
  if (!existsSync(path)) return [];
  const text = await readFile(path, 'utf8');
  const entries: MemoryEntry[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${MEMORY_FILE}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not valid JSON (${(error as Error).message}).`);
      return;
    }
    const problem = checkEntry(value);
    if (problem) problems.push(`${where}: ${problem}`);
    else entries.push(value as MemoryEntry);
  });
  if (problems.length) {
    throw new ConfigError('memory/invalid', `${MEMORY_FILE} has ${problems.length} invalid line${problems.length > 1 ? 's' : ''}.`, {
      details: problems.slice(0, 50),
      hint: 'Fix or remove these lines (git diff shows what changed); every line is one JSON entry.',
    });
  }
  return entries;
}

function checkEntry(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'an entry must be a JSON object.';
  const e = value as Record<string, unknown>;
  for (const field of ['key', 'source', 'target', 'origin', 'created', 'updated'] as const) {
    if (typeof e[field] !== 'string') return `"${field}" must be a string.`;
  }
  if (!isUnitState(e.state)) return `"state" must be one of empty, draft, translated, reviewed, approved.`;
  if (!Array.isArray(e.reports)) return '"reports" must be a list of report ids.';
  for (const field of ['note', 'footnote'] as const) {
    if (e[field] !== undefined && typeof e[field] !== 'string') return `"${field}" must be a string when present.`;
  }
  return undefined;
}
