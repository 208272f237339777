import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from './pg-cluster.js';

describe('startPgCluster', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('serves a fresh database on 127.0.0.1 with UTF-8 and pg_trgm available', async () => {
    const client = new pg.Client({ connectionString: cluster.createDatabase('smoke') });
    await client.connect();
    try {
      const { rows } = await client.query<{ enc: string; ctype: string; n: string }>(
        "SELECT pg_encoding_to_char(encoding) AS enc, datctype AS ctype, (SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm') AS n FROM pg_database WHERE datname = 'smoke'");
      expect(rows[0]).toEqual({ enc: 'UTF8', ctype: 'C.UTF-8', n: '1' });
      expect(client.host).toBe('127.0.0.1');
    } finally {
      await client.end();
    }
  });
});
