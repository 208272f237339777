import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { startReviewServer, type ReviewServer } from '../../src/review/server.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

/**
 * What the review server answers to requests as an attacker (or a confused client) would send
 * them, byte for byte over a raw socket: fetch and http.request normalise paths, so they cannot
 * send `/./api/…` or an absolute-form request line. Each probe asserts the exact status.
 */
const SLUG = 'fangxian-2020-secretary';
const TOKEN = 'probe-token-0123456789abcdef';
const MEMORY = 'translations/memory/memory.jsonl';
const SAVE_BODY = JSON.stringify({ target: 'Fang County is a key county for national poverty alleviation.', state: 'translated' });

interface Probe {
  name: string;
  method: string;
  /** The request target exactly as sent; `{P}` is the port, `{S}` a real segment path. */
  target: string;
  /** Header sets: `read` (host + token), `write` (host, origin, token, JSON), `anon` (host only). */
  headers: 'read' | 'write' | 'anon' | 'anon-write' | Record<string, string>;
  body?: string;
  version?: '1.0' | '1.1';
  status: number;
}

const SEGMENT = `/api/reports/${SLUG}/segments/{ID}`;
const NOT_CANONICAL = [
  '/./api/reports', '/x/../api/reports', '/%2e/api/reports', '/%2E/api/reports', '/api/%72eports', '//api/reports',
  '//api/../api/reports', '/api//reports', '/api/./reports', '/api/reports/.', '/api/reports/x/..', '/\\api/reports',
  '/api\\reports', '/api/reports#x', '/api/reports%2f', 'http://127.0.0.1:{P}/api/reports', 'HTTP://127.0.0.1:{P}/api/reports',
];
const WRITE_NOT_CANONICAL = [
  `/.${SEGMENT}`, `/x/..${SEGMENT}`, `/%2e${SEGMENT}`, `/${SEGMENT}`, SEGMENT.replace('/segments/', '/segments/./'),
  SEGMENT.replace('/api/', '/api%2f'), SEGMENT.replace('/api/', '/api\\'), `http://127.0.0.1:{P}${SEGMENT}`,
];

export const PROBES: Probe[] = [
  // The canonical API: token required, then served.
  { name: 'API read without a token', method: 'GET', target: '/api/reports', headers: 'anon', status: 401 },
  { name: 'API read with a wrong token', method: 'GET', target: '/api/reports', headers: { 'x-duizhao-token': 'probe-token-0123456789abcdeF' }, status: 401 },
  { name: 'API read with the token twice', method: 'GET', target: '/api/reports', headers: { 'x-duizhao-token': TOKEN, 'X-Duizhao-Token': TOKEN }, status: 401 },
  { name: 'API read with the token in the query only', method: 'GET', target: `/api/reports?token=${TOKEN}`, headers: 'anon', status: 401 },
  { name: 'API read with the token', method: 'GET', target: '/api/reports', headers: 'read', status: 200 },
  { name: 'API read with a query string', method: 'GET', target: '/api/reports?x=1', headers: 'read', status: 200 },
  { name: 'a report with the token', method: 'GET', target: `/api/reports/${SLUG}`, headers: 'read', status: 200 },
  { name: 'a report without a token', method: 'GET', target: `/api/reports/${SLUG}`, headers: 'anon', status: 401 },
  { name: 'findings without a token', method: 'GET', target: `/api/reports/${SLUG}/findings`, headers: 'anon', status: 401 },
  { name: 'an unknown report', method: 'GET', target: '/api/reports/no-such-report', headers: 'read', status: 404 },
  { name: 'an unknown API path', method: 'GET', target: '/api/reports/', headers: 'read', status: 404 },
  { name: 'a HEAD on the API', method: 'HEAD', target: '/api/reports', headers: 'read', status: 405 },
  // Non-canonical paths are refused outright, token or not, read or write.
  ...NOT_CANONICAL.flatMap((target): Probe[] => [
    { name: `GET ${target} without a token`, method: 'GET', target, headers: 'anon', status: 400 },
    { name: `GET ${target} with the token`, method: 'GET', target, headers: 'read', status: 400 },
  ]),
  ...WRITE_NOT_CANONICAL.flatMap((target): Probe[] => [
    { name: `PUT ${target} without a token`, method: 'PUT', target, headers: 'anon-write', body: SAVE_BODY, status: 400 },
    { name: `PUT ${target} with the token`, method: 'PUT', target, headers: 'write', body: SAVE_BODY, status: 400 },
  ]),
  { name: 'OPTIONS *', method: 'OPTIONS', target: '*', headers: 'anon', status: 400 },
  { name: 'a page path with a dot segment', method: 'GET', target: '/app/../app/main.js', headers: 'anon', status: 400 },
  // Writes: origin, token, method, content type, body.
  { name: 'a save without a token', method: 'PUT', target: SEGMENT, headers: 'anon-write', body: SAVE_BODY, status: 401 },
  { name: 'a save', method: 'PUT', target: SEGMENT, headers: 'write', body: SAVE_BODY, status: 200 },
  { name: 'a POST to a segment', method: 'POST', target: SEGMENT, headers: 'write', body: SAVE_BODY, status: 405 },
  { name: 'a DELETE of a segment', method: 'DELETE', target: SEGMENT, headers: 'write', status: 405 },
  { name: 'a POST without a token', method: 'POST', target: SEGMENT, headers: 'anon-write', body: SAVE_BODY, status: 401 },
  { name: 'a PUT to the page', method: 'PUT', target: '/', headers: 'write', body: '{}', status: 405 },
  { name: 'a save from another origin', method: 'PUT', target: SEGMENT, headers: { origin: 'http://evil.example', 'x-duizhao-token': TOKEN, 'content-type': 'application/json' }, body: SAVE_BODY, status: 403 },
  { name: 'a save without an Origin', method: 'PUT', target: SEGMENT, headers: { 'x-duizhao-token': TOKEN, 'content-type': 'application/json' }, body: SAVE_BODY, status: 403 },
  { name: 'a save with Origin null', method: 'PUT', target: SEGMENT, headers: { origin: 'null', 'x-duizhao-token': TOKEN, 'content-type': 'application/json' }, body: SAVE_BODY, status: 403 },
  { name: 'a save from https on the same host', method: 'PUT', target: SEGMENT, headers: { origin: 'https://127.0.0.1:{P}', 'x-duizhao-token': TOKEN, 'content-type': 'application/json' }, body: SAVE_BODY, status: 403 },
  { name: 'a save marked cross-site', method: 'PUT', target: SEGMENT, headers: { origin: 'http://127.0.0.1:{P}', 'sec-fetch-site': 'cross-site', 'x-duizhao-token': TOKEN, 'content-type': 'application/json' }, body: SAVE_BODY, status: 403 },
  { name: 'a save as a form post', method: 'PUT', target: SEGMENT, headers: { origin: 'http://127.0.0.1:{P}', 'x-duizhao-token': TOKEN, 'content-type': 'application/x-www-form-urlencoded' }, body: 'target=x', status: 415 },
  { name: 'a save as text/plain', method: 'PUT', target: SEGMENT, headers: { origin: 'http://127.0.0.1:{P}', 'x-duizhao-token': TOKEN, 'content-type': 'text/plain' }, body: SAVE_BODY, status: 415 },
  { name: 'a save with a look-alike JSON type', method: 'PUT', target: SEGMENT, headers: { origin: 'http://127.0.0.1:{P}', 'x-duizhao-token': TOKEN, 'content-type': 'application/jsonp' }, body: SAVE_BODY, status: 415 },
  { name: 'a save without a content type', method: 'PUT', target: SEGMENT, headers: { origin: 'http://127.0.0.1:{P}', 'x-duizhao-token': TOKEN }, body: SAVE_BODY, status: 415 },
  { name: 'a save with a charset', method: 'PUT', target: SEGMENT, headers: { origin: 'http://127.0.0.1:{P}', 'x-duizhao-token': TOKEN, 'content-type': 'application/json; charset=utf-8' }, body: SAVE_BODY, status: 200 },
  { name: 'an oversized body', method: 'PUT', target: SEGMENT, headers: 'write', body: JSON.stringify({ target: 'x'.repeat(300_000), state: 'translated' }), status: 413 },
  { name: 'a body that is not JSON', method: 'PUT', target: SEGMENT, headers: 'write', body: '{"target": ', status: 400 },
  { name: 'a body without a state', method: 'PUT', target: SEGMENT, headers: 'write', body: '{"target":"x"}', status: 400 },
  { name: 'a draft state', method: 'PUT', target: SEGMENT, headers: 'write', body: '{"target":"x","state":"draft"}', status: 400 },
  { name: 'a save to an unknown segment', method: 'PUT', target: `/api/reports/${SLUG}/segments/0000000000`, headers: 'write', body: SAVE_BODY, status: 404 },
  { name: 'a save to an unknown report', method: 'PUT', target: '/api/reports/no-such-report/segments/0000000000', headers: 'write', body: SAVE_BODY, status: 404 },
  // Host: DNS rebinding and missing Host.
  { name: 'the page under a foreign Host', method: 'GET', target: '/', headers: { host: 'evil.example:{P}' }, status: 403 },
  { name: 'the API under a foreign Host, with the token', method: 'GET', target: '/api/reports', headers: { host: 'evil.example:{P}', 'x-duizhao-token': TOKEN }, status: 403 },
  { name: 'the right host name on another port', method: 'GET', target: '/', headers: { host: '127.0.0.1:1' }, status: 403 },
  { name: 'HTTP/1.0 without a Host', method: 'GET', target: '/', headers: { host: '' }, version: '1.0', status: 403 },
  { name: 'HTTP/1.1 without a Host', method: 'GET', target: '/', headers: { host: '' }, status: 400 },
  // The page itself.
  { name: 'the page', method: 'GET', target: '/', headers: 'anon', status: 200 },
  { name: 'the page as localhost', method: 'GET', target: '/app/main.js', headers: { host: 'localhost:{P}' }, status: 200 },
  { name: 'a file that does not exist', method: 'GET', target: '/nope', headers: 'anon', status: 404 },
  { name: 'the API prefix in capitals', method: 'GET', target: '/API/reports', headers: 'anon', status: 404 },
];

export const REVIEW_PROBE_COUNT = PROBES.length;

let project: TempProject;
let server: ReviewServer;
let segmentPath: string;

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  server = await startReviewServer({ root: project.root, token: TOKEN });
  const unit = documentUnits(await loadSegmentedReport(project.root, SLUG)).find((u) => u.source === '房县是国家重点贫困县、全省深度贫困县。');
  segmentPath = unit!.id;
}, 60_000);
afterAll(async () => {
  await server.close();
  await project.dispose();
});

/** The header lines of a probe, with `{P}` filled in. */
function headerLines(probe: Probe, port: number): string[] {
  const own = `127.0.0.1:${port}`;
  const sets: Record<string, Record<string, string>> = {
    read: { 'x-duizhao-token': TOKEN },
    write: { origin: `http://${own}`, 'x-duizhao-token': TOKEN, 'content-type': 'application/json' },
    anon: {},
    'anon-write': { origin: `http://${own}`, 'content-type': 'application/json' },
  };
  const headers = typeof probe.headers === 'string' ? sets[probe.headers]! : probe.headers;
  const lines = 'host' in headers ? [] : [`Host: ${own}`];
  for (const [name, value] of Object.entries(headers)) if (!(name === 'host' && value === '')) lines.push(`${name}: ${value.replace('{P}', String(port))}`);
  if (probe.body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(probe.body)}`);
  return [...lines, 'Connection: close'];
}

/** Sends the request exactly as written and returns the status code of the reply. */
function send(probe: Probe, port: number): Promise<number> {
  const target = probe.target.replace('{P}', String(port)).replace('{ID}', segmentPath);
  const head = [`${probe.method} ${target} HTTP/${probe.version ?? '1.1'}`, ...headerLines(probe, port), '', ''].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (chunks.length ? undefined : reject(error)));
    socket.on('close', () => {
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'));
      status ? resolve(Number(status[1])) : reject(new Error(`no status line for ${probe.name}`));
    });
    socket.write(head);
    if (probe.body !== undefined) socket.write(probe.body);
  });
}

describe(`review server probes (${PROBES.length})`, () => {
  it.each(PROBES.map((p) => [p.name, p] as const))('%s', async (_name, probe) => {
    expect(await send(probe, server.port)).toBe(probe.status);
  });

  it('wrote the memory only through the two canonical, authorised saves', async () => {
    const memory = await readFile(join(project.root, MEMORY), 'utf8');
    const line = memory.split('\n').find((l) => l.startsWith('{"key":"房县是国家重点贫困县、全省深度贫困县。"'));
    expect(JSON.parse(line!)).toMatchObject({ target: 'Fang County is a key county for national poverty alleviation.', state: 'translated', origin: 'manual' });
    expect(PROBES.length).toBeGreaterThanOrEqual(50);
  });
});
