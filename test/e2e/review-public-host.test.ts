import { request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewReport } from '../../src/app/review/review-types.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SLUG = 'fangxian-2020-secretary';
const INCOME = '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；';

let project: TempProject;
let stop: (() => Promise<void>) | undefined;
let port: string;
let token: string;

/** A raw request to the server on 127.0.0.1 with the Host and Origin a browser on the team's name would send. */
function call(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  const io = { ...memoryIo(project.root), onShutdown: (fn: () => Promise<void>) => void (stop = fn) };
  expect(await run(['--project', project.root, 'review', '--port', '0', '--public-host', 'Review.Example.org', '--public-host', 'tm.example.org:443'], io)).toBe(0);
  const printed = /http:\/\/review\.example\.org:(\d+)\/#token=([\w-]+)/.exec(io.out.join(''));
  expect(printed, io.out.join('')).not.toBeNull();
  [port, token] = [printed![1]!, printed![2]!];
}, 60_000);
afterAll(async () => {
  await stop?.();
  await project.dispose();
});

describe('duizhao review --public-host', () => {
  it('serves the page and the API under the public name, still only with the token', async () => {
    const host = `review.example.org:${port}`;
    expect((await call('GET', '/', { host })).status).toBe(200);
    expect((await call('GET', '/api/reports', { host })).status).toBe(401);
    expect((await call('GET', '/api/reports', { host, 'x-duizhao-token': token })).status).toBe(200);
    expect((await call('GET', '/', { host: 'tm.example.org' })).status).toBe(200);
    expect((await call('GET', '/', { host: `evil.example:${port}` })).status).toBe(403);
  });

  it('saves from the public name (and through the TLS proxy name), refuses a save from any other origin', async () => {
    const host = `review.example.org:${port}`;
    const report = JSON.parse((await call('GET', `/api/reports/${SLUG}`, { host, 'x-duizhao-token': token })).body) as ReviewReport;
    const income = report.paragraphs.flatMap((p) => p.segments).find((s) => s.source === INCOME)!;
    const path = `/api/reports/${SLUG}/segments/${income.id}`;
    const save = (headers: Record<string, string>, target: string) =>
      call('PUT', path, { 'x-duizhao-token': token, 'content-type': 'application/json', ...headers }, JSON.stringify({ target, state: 'reviewed' }));
    const refused = await save({ host, origin: `http://evil.example:${port}` }, 'From another site.');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/Cross-origin write refused/);
    expect((await save({ host: 'tm.example.org', origin: 'https://tm.example.org:8443' }, 'Wrong port.')).status).toBe(403);
    expect((await save({ host, origin: `http://review.example.org:${port}` }, 'Saved under the public name.')).status).toBe(200);
    expect((await save({ host: 'tm.example.org', origin: 'https://tm.example.org' }, 'Saved through the proxy.')).status).toBe(200);
    const memory = await readFile(join(project.root, MEMORY_FILE), 'utf8');
    expect(memory).toContain('"target":"Saved through the proxy."');
    expect(memory).not.toContain('From another site.');
  });

  it.each(['*', 'http://review.example.org', 'review.example.org:0'])('exits 2 for --public-host %j', async (value) => {
    const result = await project.cli('review', '--port', '0', '--public-host', value);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is not a host name/);
  });
});
