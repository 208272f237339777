import pg from 'pg';
import { AppError, EXIT_CODES } from '../../errors.js';
import { describeServer } from './describe-server.js';

/** A small pool for one process; a server that cannot be reached is exit 3, with what to check. */
export function createMemoryPool(url: string): pg.Pool {
  // allowExitOnIdle: a command's process ends when its work is done, without closing the pool.
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 2_000, allowExitOnIdle: true, application_name: 'duizhao' });
  pool.on('error', () => undefined); // an idle client lost (server restart): the next query reconnects
  return pool;
}

export async function connectMemoryServer(pool: pg.Pool, url: string): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw new AppError('memory/server-unavailable', `The memory server ${describeServer(url)} cannot be reached: ${(error as Error).message}`, {
      exitCode: EXIT_CODES.backendUnavailable,
      hint: 'Check that PostgreSQL runs there, the URL (DUIZHAO_DATABASE_URL or memory.url in duizhao.yaml) and the password (PGPASSWORD or ~/.pgpass).',
      cause: error,
    });
  }
}
