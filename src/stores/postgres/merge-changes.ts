import type pg from 'pg';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { mergeEntry } from '../memory-merge.js';
import { ENTRY_COLUMNS, entryOfRow, type EntryRow, type VersionedEntry } from './memory-rows.js';

/**
 * The changes merged on top of the rows as they are in this transaction (the caller holds the write
 * lock), with the same rule as the git file's save: mergeEntry (a human state is never lowered,
 * drafts never replace human English) and the union of the report lists. Unchanged rows drop out.
 */
export async function mergeChanges(client: pg.ClientBase, changes: readonly MemoryEntry[]): Promise<VersionedEntry[]> {
  const { rows } = await client.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM memory_entry WHERE key = ANY($1::text[])`, [changes.map((e) => e.key)]);
  const current = new Map(rows.map((row) => [row.key, { entry: entryOfRow(row), version: row.version }]));
  const merged: VersionedEntry[] = [];
  for (const change of changes) {
    const now = current.get(change.key);
    if (!now) {
      merged.push({ entry: change, version: 0 });
      continue;
    }
    const { outcome, entry } = mergeEntry(now.entry, change, change.updated);
    const reports = [...new Set([...now.entry.reports, ...change.reports])].sort();
    if (outcome === 'refused' && reports.length === now.entry.reports.length) continue;
    const next = { ...(outcome === 'refused' ? now.entry : entry), reports };
    if (JSON.stringify(next) !== JSON.stringify(now.entry)) merged.push({ entry: next, version: now.version });
  }
  return merged;
}
