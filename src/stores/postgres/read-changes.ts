import type pg from 'pg';
import { ENTRY_COLUMNS, type EntryRow } from './memory-rows.js';

const PAGE = 50_000;

export interface ChangeHandlers {
  /** Keys deleted since the cursor (called before any rows, so a key deleted and added again ends up present). */
  deleted(keys: string[]): void;
  /** Rows written since the cursor, a page at a time, in change order. */
  rows(rows: EntryRow[]): void;
}

/**
 * Reads what changed on the server after change number `since`: tombstones of deleted rows, then the
 * rows written, all in one REPEATABLE READ transaction so both are of the same moment. Returns the
 * new cursor (the highest change number seen; writers take the write lock, so no lower one can
 * commit later).
 */
export async function readChanges(client: pg.ClientBase, since: string, on: ChangeHandlers): Promise<string> {
  let cursor = since;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    // From the start (cursor 0) there is nothing to delete yet.
    const gone = since === '0' ? { rows: [] } : await client.query<{ key: string; change_seq: string }>('SELECT key, change_seq FROM memory_deleted WHERE change_seq > $1 ORDER BY change_seq', [since]);
    if (gone.rows.length) {
      on.deleted(gone.rows.map((r) => r.key));
      cursor = gone.rows.at(-1)!.change_seq;
    }
    for (let after = since; ;) {
      const { rows } = await client.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM memory_entry WHERE change_seq > $1 ORDER BY change_seq LIMIT ${PAGE}`, [after]);
      if (!rows.length) break;
      on.rows(rows);
      after = rows.at(-1)!.change_seq;
      if (BigInt(after) > BigInt(cursor)) cursor = after;
    }
    await client.query('COMMIT');
    return cursor;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
