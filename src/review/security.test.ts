import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedHosts, allowedOrigins, checkRequest, parsePublicHost, type RequestPolicy } from './security.js';

const policy: RequestPolicy = { hosts: allowedHosts('127.0.0.1', 7788), origins: allowedOrigins(allowedHosts('127.0.0.1', 7788)), token: 'tok-123456' };
const OWN = 'http://127.0.0.1:7788';

function request(method: string, url: string, headers: Record<string, string>): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

describe('allowedHosts', () => {
  it('answers to every loopback name on its port when bound to loopback, and to nothing else', () => {
    expect([...allowedHosts('127.0.0.1', 7788)].sort()).toEqual(['127.0.0.1:7788', '[::1]:7788', 'localhost:7788']);
    expect([...allowedHosts('192.168.1.20', 80)]).toEqual(['192.168.1.20:80']);
    expect([...allowedHosts('::1', 9000)].sort()).toEqual(['127.0.0.1:9000', '[::1]:9000', 'localhost:9000']);
  });
});

describe('checkRequest', () => {
  const token = { 'x-duizhao-token': 'tok-123456' };
  const json = { 'content-type': 'application/json' };
  it.each([
    ['the page from its own host', 'GET', '/', { host: '127.0.0.1:7788' }, undefined],
    ['the page as localhost', 'GET', '/app/main.js', { host: 'localhost:7788' }, undefined],
    ['a rebound DNS name (evil.example resolving to 127.0.0.1)', 'GET', '/', { host: 'evil.example:7788' }, 403],
    ['the right name on another port', 'GET', '/', { host: '127.0.0.1:80' }, 403],
    ['no Host header', 'GET', '/', {}, 403],
    ['an API read with the token', 'GET', '/api/reports', { host: '127.0.0.1:7788', ...token }, undefined],
    ['an API read without the token', 'GET', '/api/reports', { host: '127.0.0.1:7788' }, 401],
    ['an API read with a wrong token of the same length', 'GET', '/api/reports', { host: '127.0.0.1:7788', 'x-duizhao-token': 'tok-654321' }, 401],
    ['a same-origin write with the token', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: OWN, 'sec-fetch-site': 'same-origin', ...token, ...json }, undefined],
    ['a write from another origin, token and all', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: 'http://evil.example', ...token, ...json }, 403],
    ['a write from the same host over https', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: 'https://127.0.0.1:7788', ...token, ...json }, 403],
    ['a write with a null Origin (sandboxed frame)', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: 'null', ...token, ...json }, 403],
    ['a write without an Origin', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', ...token, ...json }, 403],
    ['a cross-site write that spoofs nothing but Sec-Fetch-Site', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: OWN, 'sec-fetch-site': 'cross-site', ...token, ...json }, 403],
    ['a same-origin write without the token', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: OWN, ...json }, 401],
    ['a form post (not JSON)', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: OWN, ...token, 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['a look-alike JSON type', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: OWN, ...token, 'content-type': 'application/jsonp' }, 415],
    ['JSON with a charset', 'PUT', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: OWN, ...token, 'content-type': 'Application/JSON; charset=utf-8' }, undefined],
    ['a CORS preflight', 'OPTIONS', '/api/reports/a/segments/b', { host: '127.0.0.1:7788', origin: 'http://evil.example' }, 403],
  ])('%s → %s', (_name, method, url, headers, status) => {
    expect(checkRequest(request(method, url, headers), url, policy)?.status).toBe(status);
  });
});

describe('public host names (a review page served to a team)', () => {
  const named = ['review.example.org', 'tm.example.org:443'].map(parsePublicHost);
  const hosts = allowedHosts('0.0.0.0', 7788, named);
  const team: RequestPolicy = { hosts, origins: allowedOrigins(hosts, named), token: 'tok-123456' };
  const token = { 'x-duizhao-token': 'tok-123456' };
  const json = { 'content-type': 'application/json' };
  const save = (host: string, origin: string) => request('PUT', '/api/reports/a/segments/b', { host, origin, 'sec-fetch-site': 'same-origin', ...token, ...json });

  it('answers to each named host on the port it gives (the listening port when none), and a default port without it', () => {
    expect(hosts.has('review.example.org:7788')).toBe(true);
    expect(hosts.has('tm.example.org:443')).toBe(true);
    expect(hosts.has('tm.example.org')).toBe(true);
    expect(hosts.has('review.example.org')).toBe(false);
    expect(hosts.has('127.0.0.1:7788')).toBe(true);
  });

  it.each([
    ['the page under its public name', 'GET', { host: 'review.example.org:7788' }, undefined],
    ['the page behind a TLS proxy on 443', 'GET', { host: 'tm.example.org' }, undefined],
    ['a name nobody gave', 'GET', { host: 'evil.example:7788' }, 403],
    ['a public name on another port', 'GET', { host: 'review.example.org:80' }, 403],
  ])('%s → %s', (_name, method, headers, status) => {
    expect(checkRequest(request(method, '/', headers), '/', team)?.status).toBe(status);
  });

  it.each([
    ['a save from the public name', 'review.example.org:7788', 'http://review.example.org:7788', undefined],
    ['a save through the TLS proxy', 'tm.example.org', 'https://tm.example.org', undefined],
    ['a save whose Origin is another site', 'review.example.org:7788', 'http://evil.example:7788', 403],
    ['a save whose Origin is the public name on another port', 'review.example.org:7788', 'http://review.example.org:8080', 403],
    ['a save whose Origin is an interface address over https (only named hosts may come through TLS)', '127.0.0.1:7788', 'https://127.0.0.1:7788', 403],
  ])('%s → %s', (_name, host, origin, status) => {
    expect(checkRequest(save(host, origin), '/api/reports/a/segments/b', team)?.status).toBe(status);
  });

  it('still wants the token under a public name', () => {
    expect(checkRequest(request('GET', '/api/reports', { host: 'review.example.org:7788' }), '/api/reports', team)?.status).toBe(401);
  });

  it.each(['*', 'http://review.example.org', 'review.example.org/x', 'a b', 'review.example.org:99999', '', 'user@host'])('refuses %j as a public host name', (value) => {
    expect(() => parsePublicHost(value)).toThrow(/host name/);
  });
});
