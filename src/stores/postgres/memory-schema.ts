import type pg from 'pg';
import { ConfigError } from '../../errors.js';

/** Every write transaction takes this advisory lock first, so change_seq values become visible in order. */
export const WRITE_LOCK = 7_014_002;

/** One step of the server schema; applied in order, each in the transaction that records its version. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE duizhao_schema (version integer NOT NULL);
   INSERT INTO duizhao_schema VALUES (0);
   CREATE SEQUENCE memory_change_seq;
   CREATE TABLE memory_entry (
     key text PRIMARY KEY,
     source text NOT NULL,
     target text NOT NULL,
     state text NOT NULL CHECK (state IN ('empty', 'draft', 'translated', 'reviewed', 'approved')),
     origin text NOT NULL,
     reports jsonb NOT NULL,
     created text NOT NULL,
     updated text NOT NULL,
     note text,
     footnote text,
     flags jsonb,
     version integer NOT NULL,
     change_seq bigint NOT NULL
   );
   CREATE INDEX memory_entry_change_seq ON memory_entry (change_seq);
   CREATE TABLE memory_audit (
     id bigserial PRIMARY KEY,
     at timestamptz NOT NULL DEFAULT now(),
     who text NOT NULL,
     command text NOT NULL,
     key text NOT NULL,
     version integer NOT NULL,
     old_state text,
     new_state text NOT NULL,
     old_target text,
     new_target text NOT NULL
   );
   CREATE INDEX memory_audit_key ON memory_audit (key, id);`,
  // 2: what a local snapshot needs to catch up: the server's own id (a restored or another server is
  // not mistaken for this one), deletions as tombstones on the change cursor, and edits made in SQL
  // (by an administrator) moved onto the cursor too. Both triggers take the write lock first, as the
  // store's writes do, so change_seq stays in commit order.
  `CREATE TABLE duizhao_server (id text NOT NULL);
   INSERT INTO duizhao_server VALUES (md5(random()::text || clock_timestamp()::text));
   CREATE TABLE memory_deleted (key text NOT NULL, change_seq bigint NOT NULL);
   CREATE INDEX memory_deleted_change_seq ON memory_deleted (change_seq);
   CREATE FUNCTION duizhao_memory_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_advisory_xact_lock(${WRITE_LOCK});
     INSERT INTO memory_deleted (key, change_seq) SELECT key, nextval('memory_change_seq') FROM gone;
     RETURN NULL;
   END $$;
   CREATE TRIGGER memory_entry_deleted AFTER DELETE ON memory_entry REFERENCING OLD TABLE AS gone
     FOR EACH STATEMENT EXECUTE FUNCTION duizhao_memory_deleted();
   CREATE FUNCTION duizhao_memory_edited() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.change_seq = OLD.change_seq THEN
       PERFORM pg_advisory_xact_lock(${WRITE_LOCK});
       NEW.change_seq := nextval('memory_change_seq');
       NEW.version := OLD.version + 1;
     END IF;
     RETURN NEW;
   END $$;
   CREATE TRIGGER memory_entry_edited BEFORE UPDATE ON memory_entry FOR EACH ROW EXECUTE FUNCTION duizhao_memory_edited();`,
];

/** The schema version this duizhao writes and reads. */
export const MEMORY_SCHEMA_VERSION = MIGRATIONS.length;
/** Advisory lock taken by migrations, so two `db migrate` runs apply each step once. */
const MIGRATE_LOCK = 7_014_001;

export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ found: boolean }>("SELECT to_regclass('duizhao_schema') IS NOT NULL AS found");
  if (!exists.rows[0]?.found) return 0;
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM duizhao_schema');
  return rows[0]?.version ?? 0;
}

function newerSchema(found: number): ConfigError {
  return new ConfigError('memory/schema-newer', `The memory server's schema is version ${found}, newer than this duizhao knows (${MEMORY_SCHEMA_VERSION}).`, {
    hint: 'Upgrade duizhao on this machine; an older duizhao never writes to a newer schema.',
  });
}

/** Applies the missing migrations; returns the versions before and after. Refuses a newer schema. */
export async function migrateMemorySchema(client: pg.ClientBase): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    const from = await schemaVersion(client);
    if (from > MEMORY_SCHEMA_VERSION) throw newerSchema(from);
    for (let version = from + 1; version <= MEMORY_SCHEMA_VERSION; version++) {
      await client.query(MIGRATIONS[version - 1]!);
      await client.query('UPDATE duizhao_schema SET version = $1', [version]);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, MEMORY_SCHEMA_VERSION) };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Refuses to read or write a schema that is missing, older (run `db migrate`) or newer. */
export async function assertMemorySchema(client: pg.ClientBase, where: string): Promise<void> {
  const found = await schemaVersion(client);
  if (found > MEMORY_SCHEMA_VERSION) throw newerSchema(found);
  if (found < MEMORY_SCHEMA_VERSION) {
    throw new ConfigError('memory/schema-old', `The memory server ${where} has schema version ${found}; this duizhao needs ${MEMORY_SCHEMA_VERSION}.`, {
      hint: 'Run `duizhao db migrate` once (it applies the missing steps in a transaction).',
    });
  }
}
