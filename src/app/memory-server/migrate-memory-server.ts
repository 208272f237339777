import { ConfigError } from '../../errors.js';
import { memoryStoreFor } from '../../stores/memory-store.js';
import { describeServer } from '../../stores/postgres/describe-server.js';
import { migrateMemorySchema, MEMORY_SCHEMA_VERSION, schemaVersion } from '../../stores/postgres/memory-schema.js';
import type { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';

/** The project's memory server store; a project on the git file is told how to opt in. */
export function requireMemoryServer(root: string): PgMemoryStore {
  const store = memoryStoreFor(root);
  if (!store) {
    throw new ConfigError('config/memory-not-server', 'This project keeps its memory in git (translations/memory/memory.jsonl); there is no memory server to use.', {
      hint: 'Add `memory: { backend: postgres }` to duizhao.yaml and set DUIZHAO_DATABASE_URL (see README "Memory on a server").',
    });
  }
  return store as PgMemoryStore;
}

export interface MigrateResult {
  server: string;
  from: number;
  to: number;
}

/** Brings the server's schema to this duizhao's version (`duizhao db migrate`); refuses a newer one. */
export async function migrateMemoryServer(root: string): Promise<MigrateResult> {
  return withServerClient(root, async (client, url) => ({ server: describeServer(url), ...(await migrateMemorySchema(client)) }));
}

export interface ServerStatus {
  server: string;
  schema: number;
  expected: number;
}

export async function memoryServerStatus(root: string): Promise<ServerStatus> {
  return withServerClient(root, async (client, url) => ({ server: describeServer(url), schema: await schemaVersion(client), expected: MEMORY_SCHEMA_VERSION }));
}

type ServerClient = Parameters<typeof migrateMemorySchema>[0];

/** One connection to the project's memory server for `use`, released and its pool closed after. */
async function withServerClient<T>(root: string, use: (client: ServerClient, url: string) => Promise<T>): Promise<T> {
  const store = requireMemoryServer(root);
  const { connectMemoryServer, createMemoryPool } = await import('../../stores/postgres/connect-memory-server.js');
  const pool = createMemoryPool(store.url);
  try {
    const client = await connectMemoryServer(pool, store.url);
    try {
      return await use(client, store.url);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
