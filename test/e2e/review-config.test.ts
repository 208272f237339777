import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runBin, spawnBin, type BinRun } from '../helpers/real-bin.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

// duizhao.yaml's review: section through the real bin: the team's bind address, port and public
// names come from the file, the flags override them, and bad values stop with file:line messages.

let project: TempProject;
const running: BinRun[] = [];

function call(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A port nobody listens on right now (the file names it; the test cannot use 0 to see the file was read). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `duizhao review` and waits for the address it prints. */
async function startReview(...argv: string[]): Promise<{ url: URL; token: string; err: () => string }> {
  const run = spawnBin(['review', ...argv], project.root);
  running.push(run);
  let out = '';
  let err = '';
  run.child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const printed = await new Promise<RegExpExecArray>((resolve, reject) => {
    run.child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /(http:\/\/\S+)\/#token=([\w-]+)/.exec(out);
      if (match) resolve(match);
    });
    void run.done.then((end) => reject(new Error(`review exited ${end.code}: ${end.err}`)));
  });
  return { url: new URL(printed[1]!), token: printed[2]!, err: () => err };
}

beforeAll(async () => {
  assertBuilt();
  project = await createTempProject({ withCorpus: true });
}, 60_000);
afterAll(async () => {
  for (const run of running) run.child.kill('SIGTERM');
  await Promise.all(running.map((r) => r.done));
  await project.dispose();
});

describe('review: in duizhao.yaml (the real bin)', () => {
  it('listens where the file says and answers to its public names only, still only with the token', async () => {
    const port = await freePort();
    await writeFile(join(project.root, 'duizhao.yaml'), `review:\n  host: 127.0.0.1\n  port: ${port}\n  publicHosts:\n    - Review.Team.example\n    - "tm.team.example:443"\n`);
    const { url, token } = await startReview();
    expect(url.host).toBe(`review.team.example:${port}`);
    const host = `review.team.example:${port}`;
    expect(await call(port, '/', { host })).toBe(200);
    expect(await call(port, '/', { host: 'tm.team.example' })).toBe(200);
    expect(await call(port, '/', { host: `127.0.0.1:${port}` })).toBe(200);
    expect(await call(port, '/', { host: `evil.example:${port}` })).toBe(403);
    expect(await call(port, '/api/reports', { host })).toBe(401);
    expect(await call(port, '/api/reports', { host, 'x-duizhao-token': token })).toBe(200);
    const save = (origin: string) => call(port, '/api/reports/none/segments/x', { host, origin, 'x-duizhao-token': token, 'content-type': 'application/json' }, 'PUT', '{}');
    expect(await save(`http://evil.example:${port}`)).toBe(403);
    expect(await save('https://tm.team.example')).not.toBe(403);
  }, 60_000);

  it('takes --port, --host and --public-host over the file (the flags replace the file\'s names)', async () => {
    const port = await freePort();
    await writeFile(join(project.root, 'duizhao.yaml'), `review:\n  host: 0.0.0.0\n  port: ${port}\n  publicHosts: [review.team.example]\n`);
    const { url, err } = await startReview('--port', '0', '--host', '127.0.0.1', '--public-host', 'other.team.example');
    expect(url.hostname).toBe('other.team.example');
    const bound = Number(url.port);
    expect(bound).not.toBe(port);
    expect(await call(bound, '/', { host: `other.team.example:${bound}` })).toBe(200);
    expect(await call(bound, '/', { host: `review.team.example:${bound}` })).toBe(403);
    // Bound to loopback (the flag), so no warning about the page being open to the network.
    expect(err()).not.toMatch(/anyone who can reach it/);
  }, 60_000);

  it('exits 2 with a file:line message for each bad value', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), [
      '# team review page', 'review:', '  host: "not a host!"', '  port: 70000', '  publicHosts:', '    - review.team.example', '    - "http://review.team.example"', '    - 443', '  colour: blue', '',
    ].join('\n'));
    const result = await runBin(['review', '--port', '0'], project.root);
    expect(result.code).toBe(2);
    expect(result.err).toContain('duizhao.yaml:3:3: review.host must be an address to listen on');
    expect(result.err).toContain('duizhao.yaml:4:3: review.port must be a whole number from 0 to 65535');
    expect(result.err).toContain('duizhao.yaml:7:7: review.publicHosts: "http://review.team.example" is not a host name');
    expect(result.err).toContain('duizhao.yaml:8:7: review.publicHosts: 443 is not a host name');
    await writeFile(join(project.root, 'duizhao.yaml'), 'review:\n  publicHosts: review.team.example\n');
    const single = await runBin(['status'], project.root);
    expect(single.code).toBe(2);
    expect(single.err).toContain('duizhao.yaml:2:3: review.publicHosts must be a list of host names');
  }, 60_000);
});
