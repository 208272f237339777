import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster on 127.0.0.1: `url` for a fresh database, `stop()` removes it all. */
export interface PgCluster {
  /** postgres://duizhao@127.0.0.1:<port>/<database> for the given database (created by `createDatabase`). */
  url(database?: string): string;
  createDatabase(name: string): string;
  binDir: string;
  stop(): void;
}

/** Debian's server binaries (`/usr/lib/postgresql/<major>/bin`), newest major first. */
export function findPgBinDir(): string {
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  if (!majors[0]) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run `node scripts/setup-test-env.mjs` (installs Debian\'s postgresql).');
  return join(base, majors[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root: as root the cluster belongs to the `postgres` user the Debian
 * package creates, and the server tools run through runuser.
 */
function runAs(): { prefix: string[]; uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
}

function tool(prefix: string[], binary: string, args: string[]): void {
  const [cmd, ...rest] = [...prefix, binary, ...args];
  const result = spawnSync(cmd!, rest, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/** Starts a cluster (initdb + pg_ctl, trust auth, fsync off) on a free port of 127.0.0.1. */
export async function startPgCluster(): Promise<PgCluster> {
  const binDir = findPgBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-pg-'));
  const { prefix, uid, gid } = runAs();
  if (uid !== undefined && gid !== undefined) chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  tool(prefix, join(binDir, 'initdb'), ['-D', data, '-U', 'duizhao', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=60`;
  tool(prefix, join(binDir, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
  const url = (database = 'postgres') => `postgres://duizhao@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    binDir,
    url,
    createDatabase(name) {
      tool(prefix, join(binDir, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'duizhao', name]);
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        tool(prefix, join(binDir, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
