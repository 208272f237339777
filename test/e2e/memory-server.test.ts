import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import type { MemoryEntry } from '../../src/model/memory-entry.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { MEMORY_FILE, serialiseMemory } from '../../src/stores/memory-jsonl.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const VILLAGES = '沁县179个贫困村全部退出。';
const VILLAGES_NEAR = '沁县178个贫困村全部退出。';
const GOAL = '“两不愁三保障”全面实现。';
const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key: segmentKey(source), source, target, state: 'translated', origin: 'manual', reports: ['qinxian'],
  created: '2025-01-01T00:00:00.000Z', updated: '2025-01-02T00:00:00.000Z', ...extra,
});

describe('memory on a PostgreSQL server (memory.backend: postgres)', () => {
  let cluster: PgCluster;
  let project: TempProject;
  let url: string;
  let n = 0;
  const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const audit = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query('SELECT who, command, key, new_target FROM memory_audit ORDER BY id')).rows;
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(() => cluster?.stop());
  beforeEach(async () => {
    url = cluster.createDatabase(`e${++n}`);
    project = await createTempProject();
    await writeFile(join(project.root, 'duizhao.yaml'), `memory:\n  backend: postgres\n  url: ${url}\n`);
  });
  afterEach(() => project.dispose());

  it('refuses to work before `db migrate`, then imports, counts and looks up on the server without touching memory.jsonl', async () => {
    const before = await project.cli('memory', 'stats');
    expect(before.code).toBe(2);
    expect(before.err).toMatch(/schema version 0; this duizhao needs 2[\s\S]*duizhao db migrate/);
    const status = await project.cli('db', 'status');
    expect([status.code, status.out]).toEqual([1, `127.0.0.1:${new URL(url).port}/e${n}: schema version 0, this duizhao needs 2: run duizhao db migrate\n`]);
    expect((await project.cli('db', 'migrate')).out).toMatch(/schema migrated from version 0 to 2/);
    expect((await project.cli('db', 'migrate')).out).toMatch(/schema is at version 2, nothing to do/);
    expect(await project.cli('db', 'status')).toMatchObject({ code: 0, out: expect.stringMatching(/schema version 2 \(current\)\n$/) });
    await writeFile(join(project.root, 'pairs.jsonl'), jsonl([{ zh: VILLAGES, en: 'All 179 poor villages left poverty.' }, { zh: GOAL, en: 'The two assurances were met.' }]));
    expect((await project.cli('memory', 'import', join(project.root, 'pairs.jsonl'))).out).toMatch(/imported: 2 added/);
    expect(JSON.parse((await project.cli('memory', 'stats', '--json')).out)).toMatchObject({ entries: 2, byState: { translated: 2 } });
    const lookup = JSON.parse((await project.cli('memory', 'lookup', VILLAGES_NEAR, '--json')).out);
    expect(lookup.exact).toBeNull();
    expect(lookup.fuzzy.map((m: { score: number; entry: MemoryEntry }) => [Math.floor(m.score), m.entry.target])).toEqual([[92, 'All 179 poor villages left poverty.']]);
    expect(JSON.parse((await project.cli('memory', 'lookup', VILLAGES, '--json')).out).exact.target).toBe('All 179 poor villages left poverty.');
    expect(existsSync(join(project.root, MEMORY_FILE))).toBe(false);
    expect((await audit()).map((r) => r.command)).toEqual(['memory import', 'memory import']);
  });

  it('each command starts from the local snapshot (.duizhao-cache/memory-server) and sees rows changed or deleted by others since; a damaged one is rebuilt with a message', async () => {
    await project.cli('db', 'migrate');
    await writeFile(join(project.root, 'pairs.jsonl'), jsonl([{ zh: VILLAGES, en: 'All 179 poor villages left poverty.' }, { zh: GOAL, en: 'The two assurances were met.' }]));
    await project.cli('memory', 'import', join(project.root, 'pairs.jsonl'));
    const snapshot = join(project.root, '.duizhao-cache/memory-server/snapshot.json');
    expect(existsSync(snapshot)).toBe(true);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('DELETE FROM memory_entry WHERE key = $1', [segmentKey(GOAL)]);
      await admin.query("UPDATE memory_entry SET target = 'Edited on the server.' WHERE key = $1", [segmentKey(VILLAGES)]);
    } finally {
      await admin.end();
    }
    const goal = await project.cli('memory', 'lookup', GOAL, '--json');
    expect([goal.err, JSON.parse(goal.out).exact]).toEqual(['', null]);
    expect(JSON.parse((await project.cli('memory', 'lookup', VILLAGES_NEAR, '--json')).out).fuzzy[0].entry.target).toBe('Edited on the server.');
    await writeFile(snapshot, '{"format": 1, "server"');
    const damaged = await project.cli('memory', 'lookup', VILLAGES, '--json');
    expect(damaged.err).toMatch(/^duizhao: the local snapshot of the memory server \(\.duizhao-cache\/memory-server\) is damaged \(snapshot\.json unreadable\); reading every entry from the server and saving a new one\.\n$/);
    expect(JSON.parse(damaged.out).exact.target).toBe('Edited on the server.');
    expect((await project.cli('memory', 'lookup', VILLAGES, '--json')).err).toBe('');
  });

  it('takes the URL from DUIZHAO_DATABASE_URL and the writer from DUIZHAO_USER', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), 'memory:\n  backend: postgres\n');
    const cli = async (env: Record<string, string>, ...argv: string[]) => {
      const io = memoryIo(project.root, env);
      return { code: await run(['--project', project.root, ...argv], io), out: io.out.join(''), err: io.err.join('') };
    };
    const missing = await cli({}, 'memory', 'stats');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/duizhao\.yaml:2:3: memory\.backend is postgres, but no server URL is given[\s\S]*DUIZHAO_DATABASE_URL/);
    const env = { DUIZHAO_DATABASE_URL: url, DUIZHAO_USER: 'zhang.wei' };
    expect((await cli(env, 'db', 'migrate')).code).toBe(0);
    await writeFile(join(project.root, 'pairs.jsonl'), jsonl([{ zh: GOAL, en: 'met' }]));
    expect((await cli(env, 'memory', 'import', join(project.root, 'pairs.jsonl'))).code).toBe(0);
    expect(await audit()).toEqual([{ who: 'zhang.wei', command: 'memory import', key: segmentKey(GOAL), new_target: 'met' }]);
  });

  it('refuses a password written in duizhao.yaml (exit 2) and says where to put it', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), 'memory:\n  backend: postgres\n  url: postgres://lin:hunter2@127.0.0.1:5432/tm\n');
    const result = await project.cli('memory', 'stats');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/duizhao\.yaml:3:3: memory\.url holds a password in clear/);
    expect(result.err).toMatch(/DUIZHAO_DATABASE_URL/);
    expect(result.err).not.toMatch(/at .*\.ts:/);
  });

  it('memory push and pull move entries both ways, list conflicts (exit 1), overwrite nothing and are idempotent', async () => {
    await project.cli('db', 'migrate');
    await writeFile(join(project.root, 'server.jsonl'), jsonl([{ zh: GOAL, en: 'Server English.' }]));
    await project.cli('memory', 'import', join(project.root, 'server.jsonl'), '--state', 'reviewed');
    await mkdir(join(project.root, 'translations', 'memory'), { recursive: true });
    const local = [entry(VILLAGES, 'All 179 villages.', { note: 'from the 2020 report', flags: ['term/missing: 贫困村'] }), entry(GOAL, 'Local English.', { state: 'approved' })].sort((a, b) => (a.key < b.key ? -1 : 1));
    await writeFile(join(project.root, MEMORY_FILE), serialiseMemory(local));
    const push = await project.cli('memory', 'push');
    expect(push.code).toBe(1);
    expect(push.out).toBe(`pushed: 1 added, 0 updated, 0 unchanged, 1 conflict\n  ${segmentKey(GOAL)}: kept reviewed "Server English.", not approved "Local English."\n`);
    expect((await project.cli('memory', 'push')).out).toMatch(/^pushed: 0 added, 0 updated, 1 unchanged, 1 conflict/);
    const lookup = JSON.parse((await project.cli('memory', 'lookup', VILLAGES, '--json')).out);
    expect(lookup.exact).toEqual(local.find((e) => e.key === segmentKey(VILLAGES)));
    const fileBefore = await readFile(join(project.root, MEMORY_FILE), 'utf8');
    const pull = await project.cli('memory', 'pull');
    expect(pull.code).toBe(1);
    expect(pull.out).toMatch(/^pulled: 0 added, 0 updated, 1 unchanged, 1 conflict\n .*kept approved "Local English\.", not reviewed "Server English\."/);
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(fileBefore);
  });

  it('memory pull writes a git snapshot of the server that reads back identically', async () => {
    await project.cli('db', 'migrate');
    await writeFile(join(project.root, 'pairs.jsonl'), jsonl([{ zh: VILLAGES, en: 'All 179 villages.', note: '核对' }, { zh: GOAL, en: 'met' }]));
    await project.cli('memory', 'import', join(project.root, 'pairs.jsonl'));
    expect((await project.cli('memory', 'pull')).out).toBe('pulled: 2 added, 0 updated, 0 unchanged, 0 conflicts\n');
    const snapshot = await readFile(join(project.root, MEMORY_FILE), 'utf8');
    expect(snapshot).toBe((await project.cli('memory', 'export', '--format', 'jsonl')).out === '' ? '' : snapshot);
    expect(snapshot.trim().split('\n').map((l) => [JSON.parse(l).source, JSON.parse(l).target, JSON.parse(l).note])).toEqual([
      [GOAL, 'met', undefined], [VILLAGES, 'All 179 villages.', '核对'],
    ].sort((x, y) => (segmentKey(x[0]!) < segmentKey(y[0]!) ? -1 : 1)));
    expect((await project.cli('memory', 'pull')).out).toBe('pulled: 0 added, 0 updated, 2 unchanged, 0 conflicts\n');
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(snapshot);
  });

  it('db and memory push on a project that keeps its memory in git say how to opt in (exit 2)', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), '# memory in git\n');
    for (const argv of [['db', 'migrate'], ['memory', 'push']]) {
      const result = await project.cli(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/keeps its memory in git[\s\S]*memory: \{ backend: postgres \}/);
    }
  });

  it('a server that cannot be reached is exit 3, with what to check', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), 'memory:\n  backend: postgres\n  url: postgres://lin@127.0.0.1:1/tm\n');
    const result = await project.cli('memory', 'stats');
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/The memory server 127\.0\.0\.1:1\/tm cannot be reached: .*ECONNREFUSED[\s\S]*DUIZHAO_DATABASE_URL/);
  });
});
