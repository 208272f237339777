import type pg from 'pg';
import type { MemoryEntry } from '../../model/memory-entry.js';
import type { UnitState } from '../../model/unit.js';

/** An entry as the server holds it: the JSONL fields plus the row version for optimistic concurrency. */
export interface VersionedEntry {
  entry: MemoryEntry;
  version: number;
}

export const ENTRY_COLUMNS = 'key, source, target, state, origin, reports, created, updated, note, footnote, flags, version, change_seq';

export interface EntryRow {
  key: string; source: string; target: string; state: UnitState; origin: string; reports: string[];
  created: string; updated: string; note: string | null; footnote: string | null; flags: string[] | null;
  version: number; change_seq: string;
}

/** The entry with the fields in JSONL order, optional ones only when set (as memory.jsonl holds them). */
export function entryOfRow(row: EntryRow): MemoryEntry {
  const entry: MemoryEntry = {
    key: row.key, source: row.source, target: row.target, state: row.state, origin: row.origin,
    reports: row.reports, created: row.created, updated: row.updated,
  };
  if (row.note !== null) entry.note = row.note;
  if (row.footnote !== null) entry.footnote = row.footnote;
  if (row.flags?.length) entry.flags = row.flags;
  return entry;
}

/** The entries' fields as parallel arrays, for one `unnest` statement per batch. */
function columnsOf(entries: readonly MemoryEntry[], versions: readonly number[]): unknown[] {
  return [
    entries.map((e) => e.key), entries.map((e) => e.source), entries.map((e) => e.target), entries.map((e) => e.state),
    entries.map((e) => e.origin), entries.map((e) => JSON.stringify(e.reports)), entries.map((e) => e.created),
    entries.map((e) => e.updated), entries.map((e) => e.note ?? null), entries.map((e) => e.footnote ?? null),
    entries.map((e) => (e.flags?.length ? JSON.stringify(e.flags) : null)), versions,
  ];
}

const input = (alias: string): string => `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[])
  AS ${alias}(key, source, target, state, origin, reports, created, updated, note, footnote, flags, version)`;
const AUDIT = 'INSERT INTO memory_audit (who, command, key, version, old_state, new_state, old_target, new_target) SELECT $13, $14, key, version, old_state, state, old_target, target FROM changed RETURNING key';

/**
 * Inserts (`seen` version 0) or updates (only where the row still has the version the caller read)
 * a batch, with one audit row per change; returns the keys written. A key missing from the result
 * was changed by someone else since it was read: the caller rolls back and reports a conflict.
 * Callers hold the write lock (see PgMemoryStore), so change_seq follows commit order.
 */
export async function writeRows(client: pg.ClientBase, entries: readonly MemoryEntry[], seen: readonly number[], who: string, command: string): Promise<Set<string>> {
  const written = new Set<string>();
  const fresh = entries.flatMap((e, i) => (seen[i] === 0 ? [e] : []));
  const known = entries.flatMap((e, i) => (seen[i] !== 0 ? [[e, seen[i]!] as const] : []));
  if (fresh.length) {
    const { rows } = await client.query<{ key: string }>(`WITH changed AS (
      INSERT INTO memory_entry (${ENTRY_COLUMNS})
      SELECT key, source, target, state, origin, reports::jsonb, created, updated, note, footnote, flags::jsonb, 1, nextval('memory_change_seq') FROM ${input('u')}
      ON CONFLICT (key) DO NOTHING
      RETURNING key, version, NULL::text AS old_state, state, NULL::text AS old_target, target) ${AUDIT}`, [...columnsOf(fresh, fresh.map(() => 0)), who, command]);
    for (const { key } of rows) written.add(key);
  }
  if (known.length) {
    const { rows } = await client.query<{ key: string }>(`WITH changed AS (
      UPDATE memory_entry m SET source = u.source, target = u.target, state = u.state, origin = u.origin, reports = u.reports::jsonb,
        created = u.created, updated = u.updated, note = u.note, footnote = u.footnote, flags = u.flags::jsonb,
        version = m.version + 1, change_seq = nextval('memory_change_seq')
      FROM (SELECT i.*, o.state AS old_state, o.target AS old_target FROM ${input('i')} JOIN memory_entry o ON o.key = i.key) u
      WHERE m.key = u.key AND m.version = u.version
      RETURNING m.key, m.version, u.old_state, m.state, u.old_target, m.target) ${AUDIT}`, [...columnsOf(known.map(([e]) => e), known.map(([, v]) => v)), who, command]);
    for (const { key } of rows) written.add(key);
  }
  return written;
}
