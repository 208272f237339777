import { readFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReviewReport } from '../../src/app/review/review-types.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { PgMemoryStore } from '../../src/stores/postgres/pg-memory-store.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SLUG = 'fangxian-2020-secretary';
const INCOME = '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；';

describe('the review page of a project whose memory is on the server', () => {
  let cluster: PgCluster;
  let project: TempProject;
  let stop: (() => Promise<void>) | undefined;
  let base: URL;
  let token: string;
  let url: string;
  beforeAll(async () => {
    cluster = await startPgCluster();
    project = await createTempProject({ withCorpus: true });
    url = cluster.createDatabase('review');
    await appendFile(join(project.root, 'duizhao.yaml'), `memory:\n  backend: postgres\n  url: ${url}\n`);
    await project.cli('db', 'migrate');
    await project.cli('memory', 'push');
    const io = { ...memoryIo(project.root, { DUIZHAO_USER: 'reviewer-li' }), onShutdown: (fn: () => Promise<void>) => void (stop = fn) };
    expect(await run(['--project', project.root, 'review', SLUG, '--port', '0'], io)).toBe(0);
    const printed = /http:\/\/127\.0\.0\.1:(\d+)\/\?report=[\w-]+#token=([\w-]+)/.exec(io.out.join(''));
    base = new URL(`http://127.0.0.1:${printed![1]}/`);
    token = printed![2]!;
  }, 60_000);
  afterAll(async () => {
    await stop?.();
    await project?.dispose();
    cluster?.stop();
  });

  it('shows English another translator committed meanwhile: the page keeps its index open and listens for commits', async () => {
    const segments = async () => ((await (await fetch(new URL(`/api/reports/${SLUG}`, base), { headers: { 'x-duizhao-token': token } })).json()) as ReviewReport)
      .paragraphs.flatMap((p) => p.segments);
    const segment = (await segments()).find((s) => s.source !== INCOME && s.target)!;
    const english = 'English saved on another machine.';
    const other = new PgMemoryStore(url, { who: 'translator-wang', command: 'test' });
    try {
      await other.update(project.root, (m) => {
        const entry = m.get(segmentKey(segment.source))!;
        m.upsert({ ...entry, target: english, state: 'reviewed', origin: 'manual' });
      }, {});
    } finally {
      await other.close();
    }
    await vi.waitFor(async () => expect((await segments()).find((s) => s.id === segment.id)?.target).toBe(english), { timeout: 10_000, interval: 100 });
  });

  it('saves to the server (not memory.jsonl), and a second reviewer working from the old English gets a conflict', async () => {
    const fileBefore = await readFile(join(project.root, MEMORY_FILE), 'utf8');
    const headers = { 'x-duizhao-token': token, origin: base.origin, 'content-type': 'application/json' };
    const report = (await (await fetch(new URL(`/api/reports/${SLUG}`, base), { headers: { 'x-duizhao-token': token } })).json()) as ReviewReport;
    const income = report.paragraphs.flatMap((p) => p.segments).find((s) => s.source === INCOME)!;
    const path = new URL(`/api/reports/${SLUG}/segments/${income.id}`, base);
    const english = 'Over five years, rural per capita disposable income rose 9.98 percent a year to 11,109 yuan.';
    const expected = { target: income.target, state: income.state };
    const first = await fetch(path, { method: 'PUT', headers, body: JSON.stringify({ target: english, state: 'reviewed', expected }) });
    expect(first.status).toBe(200);
    const second = await fetch(path, { method: 'PUT', headers, body: JSON.stringify({ target: 'Another reviewer’s English.', state: 'reviewed', expected }) });
    expect(second.status).toBe(409);
    const lookup = await project.cli('memory', 'lookup', INCOME, '--json');
    expect(JSON.parse(lookup.out).exact).toMatchObject({ key: segmentKey(INCOME), target: english, state: 'reviewed', origin: 'manual' });
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(fileBefore);
  });

});
