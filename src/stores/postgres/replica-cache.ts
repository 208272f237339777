import type pg from 'pg';
import type { VersionedEntry } from './memory-rows.js';
import type { ReplicaRows } from './replica-rows.js';
import { MEMORY_SCHEMA_VERSION } from './memory-schema.js';

/** Which server a replica came from, and how far its change cursor has gone. */
export interface ServerIdentity {
  /** The server's own id (made by `db migrate`), the database name and the schema version. */
  id: string;
  /** The last change number the server handed out: a replica past it is from a restored or another server. */
  last: string;
}

/** A replica as a cache gives it back: the rows with their versions, and the change cursor they are current to. */
export interface SeededReplica {
  /** Read from the cache as they are asked for (see ReplicaRows). */
  rows: ReplicaRows;
  cursor: string;
}

/**
 * A local copy of the server's rows kept between processes (see app/memory-server/replica-snapshot):
 * a process starts from it and reads only the rows changed since its cursor.
 */
export interface ReplicaCache {
  /** The replica saved for this server, or undefined (none, damaged or foreign: the cache says why). */
  load(identity: ServerIdentity): Promise<SeededReplica | undefined>;
  /**
   * Saves the replica; failing to save only costs speed at the next start. Returns the rows as
   * saved, read back from the cache as they are asked for, so the caller can let go of the rows it
   * holds (undefined when nothing was saved).
   */
  save(identity: ServerIdentity, rows: ReadonlyMap<string, VersionedEntry>, cursor: string): Promise<SeededReplica | undefined>;
  /** Releases files the loaded rows read from (rows of it not read yet cannot be read after). */
  close?(): Promise<void>;
}

export async function readServerIdentity(client: pg.ClientBase): Promise<ServerIdentity> {
  const { rows } = await client.query<{ id: string; db: string; last: string }>(
    `SELECT (SELECT id FROM duizhao_server LIMIT 1) AS id, current_database() AS db,
       (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM memory_change_seq)::text AS last`,
  );
  const row = rows[0]!;
  return { id: `${row.id}/${row.db}/schema ${MEMORY_SCHEMA_VERSION}`, last: row.last };
}
