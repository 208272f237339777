import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { segmentKey } from '../../../src/text/segment-key.js';
import { startPgCluster, type PgCluster } from '../../helpers/pg-cluster.js';
import { assertBuilt, runBin, spawnBin } from '../../helpers/real-bin.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';

const SHARED = '全县贫困人口全部脱贫。';
const jsonl = (pairs: Array<[string, string]>) => pairs.map(([zh, en]) => JSON.stringify({ zh, en })).join('\n') + '\n';
const pairs = (tag: string, n: number): Array<[string, string]> => Array.from({ length: n }, (_, i) => [`${tag}县第${i}个村的道路已经硬化。`, `Road ${i} in county ${tag} is paved.`]);

describe('many processes writing to the memory server at once (real bin)', () => {
  let cluster: PgCluster;
  let project: TempProject;
  let url: string;
  let n = 0;
  const sql = async <T extends object>(text: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  };
  const count = async () => Number((await sql<{ n: string }>('SELECT count(*) AS n FROM memory_entry'))[0]!.n);
  beforeAll(async () => {
    assertBuilt();
    cluster = await startPgCluster();
  });
  afterAll(() => cluster?.stop());
  beforeEach(async () => {
    url = cluster.createDatabase(`w${++n}`);
    project = await createTempProject();
    await writeFile(join(project.root, 'duizhao.yaml'), `memory:\n  backend: postgres\n  url: ${url}\n`);
    expect((await runBin(['-C', project.root, 'db', 'migrate'], project.root)).code).toBe(0);
  });
  afterEach(() => project.dispose());

  it('six imports at once keep every entry; of six different English for one segment one is kept and five are listed as conflicts', async () => {
    const tags = ['甲', '乙', '丙', '丁', '戊', '己'];
    await Promise.all(tags.map((tag) => writeFile(join(project.root, `${tag}.jsonl`), jsonl([...pairs(tag, 200), [SHARED, `Poverty ended (${tag}).`]]))));
    const runs = await Promise.all(tags.map((tag) => runBin(['-C', project.root, 'memory', 'import', `${tag}.jsonl`], project.root, { DUIZHAO_USER: `translator-${tag}` })));
    expect(runs.map((r) => r.code).sort(), runs.map((r) => r.err).join('\n')).toEqual([0, 1, 1, 1, 1, 1]);
    const winner = tags[runs.findIndex((r) => r.code === 0)]!;
    for (const r of runs.filter((x) => x.code === 1)) expect(r.out).toMatch(/imported: 200 added, 0 updated, 0 unchanged, 1 conflict/);
    expect(await count()).toBe(6 * 200 + 1);
    expect(await sql('SELECT target, version FROM memory_entry WHERE key = \'' + segmentKey(SHARED) + '\'')).toEqual([{ target: `Poverty ended (${winner}).`, version: 1 }]);
    const audit = await sql<{ who: string; n: string }>('SELECT who, count(*) AS n FROM memory_audit GROUP BY who ORDER BY who');
    expect(audit).toEqual(tags.map((t) => ({ who: `translator-${t}`, n: t === winner ? '201' : '200' })).sort((a, b) => (a.who < b.who ? -1 : 1)));
  }, 120_000);

  it('kill -9 of a writer in the middle of its transaction loses nothing committed, writes nothing half, and blocks no later writer', async () => {
    await writeFile(join(project.root, 'first.jsonl'), jsonl(pairs('甲', 300)));
    expect((await runBin(['-C', project.root, 'memory', 'import', 'first.jsonl'], project.root)).code).toBe(0);
    const committed = await sql('SELECT key, target, version FROM memory_entry ORDER BY key');
    await writeFile(join(project.root, 'big.jsonl'), jsonl(pairs('乙', 30_000)));
    const writer = spawnBin(['-C', project.root, 'memory', 'import', 'big.jsonl'], project.root);
    // Killed once its transaction has written rows (it holds a transaction id), before it commits.
    for (let tries = 0; ; tries++) {
      const writing = await sql<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'duizhao' AND backend_xid IS NOT NULL");
      if (writing[0]!.n !== '0') break;
      if (tries > 3000) throw new Error('the writer never started its transaction');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    writer.child.kill('SIGKILL');
    expect((await writer.done).signal).toBe('SIGKILL');
    expect(await sql('SELECT key, target, version FROM memory_entry ORDER BY key')).toEqual(committed);
    expect(await sql('SELECT count(*)::int AS n FROM memory_audit')).toEqual([{ n: 300 }]);
    const again = await runBin(['-C', project.root, 'memory', 'import', 'big.jsonl'], project.root);
    expect(again.out).toMatch(/imported: 30000 added/);
    expect(await count()).toBe(30_300);
  }, 120_000);
});
