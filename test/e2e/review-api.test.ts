import { request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewReport } from '../../src/app/review/review-types.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { startReviewServer } from '../../src/review/server.js';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SLUG = 'fangxian-2020-secretary';
const MEMORY = 'translations/memory/memory.jsonl';
const INCOME = '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；';

let project: TempProject;
let stop: (() => Promise<void>) | undefined;
let base: URL;
let token: string;

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string; json: () => any }

/** A raw HTTP request, so Host and Origin can be set as an attacker would. */
function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers: { host: base.host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const auth = () => ({ 'x-duizhao-token': token });
const write = () => ({ ...auth(), origin: base.origin, 'content-type': 'application/json' });
const readMemory = () => readFile(join(project.root, MEMORY), 'utf8');

async function segmentOf(source: string) {
  const report = (await call('GET', `/api/reports/${SLUG}`, auth())).json() as ReviewReport;
  const segment = report.paragraphs.flatMap((p) => p.segments).find((s) => s.source === source);
  if (!segment) throw new Error(`no segment ${source}`);
  return segment;
}

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  const io = { ...memoryIo(project.root), onShutdown: (fn: () => Promise<void>) => void (stop = fn) };
  const code = await run(['--project', project.root, 'review', SLUG, '--port', '0'], io);
  expect(code).toBe(0);
  const printed = /http:\/\/127\.0\.0\.1:(\d+)\/\?report=fangxian-2020-secretary#token=([\w-]+)/.exec(io.out.join(''));
  expect(printed).not.toBeNull();
  base = new URL(`http://127.0.0.1:${printed![1]}/`);
  token = printed![2]!;
}, 60_000);
afterAll(async () => {
  await stop?.();
  await project.dispose();
});

describe('review server: page and security', () => {
  it('serves the page with a strict CSP and no inline script', async () => {
    const page = await call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(page.body.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/app/main.js">']);
    expect(page.body).not.toMatch(/<script[^>]*>[^<]/);
    const main = await call('GET', '/app/main.js');
    expect(main.headers['content-type']).toMatch(/^text\/javascript/);
    expect(main.body).toContain("from './report-view.js'");
    const i18n = await call('GET', '/app/i18n.js');
    expect(i18n.body).toContain("from '/vendor/i18next.js'");
    expect((await call('GET', '/vendor/i18next.js')).body).toMatch(/export \{[^}]*instance as default/);
    expect((await call('GET', '/locales/zh-Hans/review.json')).json().segment.save).toBe('保存');
  });

  it.each([
    ['a foreign Host (DNS rebinding)', 'GET', '/api/reports', { host: `attacker.example:${8}` }, 403],
    ['a read without the token', 'GET', '/api/reports', {}, 401],
    ['an unknown API', 'GET', '/api/secrets', 'auth', 404],
    ['an unknown report', 'GET', '/api/reports/no-such-report', 'auth', 404],
    ['a path outside the page (not canonical)', 'GET', '/app/../../package.json', {}, 400],
  ])('refuses %s', async (_name, method, path, headers, status) => {
    const reply = await call(method, path, headers === 'auth' ? auth() : (headers as Record<string, string>));
    expect(reply.status).toBe(status);
    expect(reply.json().error).toEqual(expect.any(String));
  });

  it('refuses writes from another origin, without the token, or with a bad body, and leaves the memory alone', async () => {
    const income = await segmentOf(INCOME);
    const before = await readMemory();
    const body = JSON.stringify({ target: 'Hijacked.', state: 'approved' });
    const path = `/api/reports/${SLUG}/segments/${income.id}`;
    const cases: Array<[Record<string, string>, string | undefined, number, RegExp]> = [
      [{ ...write(), origin: 'http://attacker.example' }, body, 403, /Cross-origin write refused/],
      [{ ...write(), 'x-duizhao-token': 'wrong' }, body, 401, /session token/],
      [{ ...write(), 'content-type': 'text/plain' }, body, 415, /application\/json/],
      [write(), '{"target": ', 400, /not valid JSON/],
      [write(), JSON.stringify({ target: '  ', state: 'approved' }), 400, /"target" must be the English/],
      [write(), JSON.stringify({ target: 'x', state: 'draft' }), 400, /"state" must be translated, reviewed or approved/],
    ];
    for (const [headers, payload, status, message] of cases) {
      const reply = await call('PUT', path, headers, payload);
      expect(reply.status, JSON.stringify(headers)).toBe(status);
      expect(reply.json().error).toMatch(message);
    }
    expect((await call('PUT', `/api/reports/${SLUG}/segments/0000000000`, write(), body)).status).toBe(404);
    expect(await readMemory()).toBe(before);
  });
});

describe('duizhao review (CLI)', () => {
  it.each([
    [['review', 'no-such-report', '--port', '0'], /Unknown report: no-such-report/],
    [['review', '--port', '70000'], /a port is a whole number from 0 to 65535/],
  ])('exits 2 with a message for %j', async (argv, message) => {
    const result = await project.cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('exits 2 and suggests --port when the port is taken', async () => {
    const result = await project.cli('review', '--port', base.port);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(new RegExp(`Cannot listen on 127\\.0\\.0\\.1:${base.port}: .*EADDRINUSE`));
    expect(result.err).toMatch(/choose another with --port/);
  });
});

describe('review server: API', () => {
  it('lists the reports with their progress', async () => {
    const reply = await call('GET', '/api/reports', auth());
    const reports = reply.json().reports as Array<{ slug: string; title: string; segments: number; translated: number }>;
    expect(reports.map((r) => r.slug)).toEqual(['fangxian-2020-secretary', 'huguan-2019-taihang', 'licheng-2019-taihang', 'qinxian-2020-overview', 'qinxian-2021-consolidation']);
    expect(reports[0]).toMatchObject({ title: '决战脱贫摘帽 决胜全面小康', segments: 66, translated: 66 });
  });

  it('sends a report segment by segment with its terms, and findings keyed by segment', async () => {
    const report = (await call('GET', `/api/reports/${SLUG}`, auth())).json() as ReviewReport;
    expect(report.title).toBe('决战脱贫摘帽 决胜全面小康');
    const first = report.paragraphs[2]!.segments[0]!;
    expect(first).toMatchObject({ source: '房县是国家重点贫困县、全省深度贫困县。', state: 'translated', status: 'translated' });
    const term = first.terms.find((t) => t.surface === '房县');
    expect(term).toMatchObject({ start: 0, end: 2, en: 'Fang County', kind: 'place' });
    const findings = (await call('GET', `/api/reports/${SLUG}/findings`, auth())).json();
    expect(findings.available).toBe(true);
    const ids = new Set(report.paragraphs.flatMap((p) => p.segments.map((s) => s.id)));
    for (const f of findings.findings) expect(ids.has(f.segmentId)).toBe(true);
  });

  it('saves an edit through the memory, refuses a lost update and a downgrade, and keeps it across a restart', async () => {
    const income = await segmentOf(INCOME);
    const path = `/api/reports/${SLUG}/segments/${income.id}`;
    const english = 'Over five years, rural per capita disposable income rose 9.98 percent a year to 11,109 yuan.';
    const saved = await call('PUT', path, write(), JSON.stringify({ target: english, state: 'approved', expected: { target: income.target, state: income.state } }));
    expect(saved.status).toBe(200);
    expect(saved.json()).toEqual({ written: true, segment: { id: income.id, target: english, state: 'approved', status: 'approved', origin: 'manual', footnote: '' } });
    const line = (await readMemory()).split('\n').find((l) => l.includes(JSON.stringify(segmentKey(INCOME))));
    expect(JSON.parse(line!)).toMatchObject({ target: english, state: 'approved', origin: 'manual', reports: [SLUG] });

    const before = await readMemory();
    const stale = await call('PUT', path, write(), JSON.stringify({ target: 'Stale edit.', state: 'translated', expected: { target: income.target, state: income.state } }));
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ error: expect.stringMatching(/changed elsewhere since this page loaded/), current: { target: english, state: 'approved' } });
    const lower = await call('PUT', path, write(), JSON.stringify({ target: english, state: 'reviewed' }));
    expect(lower.status).toBe(409);
    expect(lower.json().error).toMatch(/approved; a human state is never lowered to reviewed/);
    expect(await readMemory()).toBe(before);

    const again = await startReviewServer({ root: project.root, token: 'restart-token' });
    try {
      const res = await fetch(new URL(`/api/reports/${SLUG}`, again.origin), { headers: { 'x-duizhao-token': 'restart-token' } });
      const report = (await res.json()) as ReviewReport;
      const kept = report.paragraphs.flatMap((p) => p.segments).find((s) => s.id === income.id);
      expect(kept).toMatchObject({ target: english, state: 'approved', origin: 'manual' });
    } finally {
      await again.close();
    }
    expect((await loadMemory(project.root)).get(segmentKey(INCOME))?.state).toBe('approved');
  });

  it('saves a translator\'s note with the English, refuses a note changed elsewhere since the page loaded (409), and removes it with ""', async () => {
    const roads = await segmentOf('新建农村公路2056公里，总通车里程5472公里，实现村村通水泥路、通客车；');
    const path = `/api/reports/${SLUG}/segments/${roads.id}`;
    expect(roads.footnote).toBe('');
    const note = 'Total mileage in the source includes roads built before 2016.';
    const expected = { target: roads.target, state: roads.state, footnote: roads.footnote };
    const saved = await call('PUT', path, write(), JSON.stringify({ target: roads.target, state: roads.state, footnote: note, expected }));
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({ written: true, segment: { footnote: note, state: roads.state } });
    expect((await loadMemory(project.root)).get(segmentKey(roads.source))).toMatchObject({ footnote: note, target: roads.target });
    expect((await segmentOf(roads.source)).footnote).toBe(note);

    const before = await readMemory();
    const stale = await call('PUT', path, write(), JSON.stringify({ target: roads.target, state: roads.state, footnote: 'A stale note.', expected }));
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ error: expect.stringMatching(/changed elsewhere since this page loaded/), current: { footnote: note } });
    expect(await readMemory()).toBe(before);

    const removed = await call('PUT', path, write(), JSON.stringify({ target: roads.target, state: roads.state, footnote: '', expected: { ...expected, footnote: note } }));
    expect(removed.status).toBe(200);
    expect((await loadMemory(project.root)).get(segmentKey(roads.source))).not.toHaveProperty('footnote');
  });
});
