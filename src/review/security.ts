import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { PublicHost } from '../model/public-host.js';

/**
 * The review server's three locks. A page on another site cannot use it: its requests carry a
 * foreign Host (DNS rebinding) or Origin (cross-site writes), and it cannot know the session
 * token, which the page sends in a header (never a cookie, so the browser never adds it by itself).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export const TOKEN_HEADER = 'x-duizhao-token';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export interface RequestPolicy {
  /** Host header values the server answers to (`127.0.0.1:7788` …). */
  hosts: Set<string>;
  /** Origin values a write may come from (`http://127.0.0.1:7788` …). */
  origins: Set<string>;
  token: string;
}

export { parsePublicHost, type PublicHost } from '../model/public-host.js';

export type Refusal = { status: 401 | 403 | 415; message: string };

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD = ['0.0.0.0', '::', '[::]'];

/**
 * `host:port` forms a browser may send for the address the server is bound to, and for the public
 * names given (a name on port 80 or 443 also without the port, as browsers send it there).
 */
export function allowedHosts(host: string, port: number, publicHosts: readonly PublicHost[] = []): Set<string> {
  const names = new Set([hostForUrl(host)]);
  if (LOOPBACK.includes(hostForUrl(host)) || WILDCARD.includes(host)) for (const name of LOOPBACK) names.add(name);
  if (WILDCARD.includes(host)) {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(hostForUrl(a.address));
  }
  const hosts = new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
  for (const named of publicHosts) {
    const at = named.port ?? port;
    hosts.add(`${named.name}:${at}`);
    if (at === 80 || at === 443) hosts.add(named.name);
  }
  return hosts;
}

/**
 * The Origins a write may carry: `http://` and each allowed Host; for the public names also
 * `https://` (a team's TLS proxy in front). Normalised as URL.origin writes them (no default port).
 */
export function allowedOrigins(hosts: ReadonlySet<string>, publicHosts: readonly PublicHost[] = []): Set<string> {
  const origins = new Set<string>();
  const named = new Set(publicHosts.map((h) => h.name));
  for (const host of hosts) {
    origins.add(new URL(`http://${host}`).origin);
    if (named.has(host.replace(/:\d+$/, ''))) origins.add(new URL(`https://${host}`).origin);
  }
  return origins;
}

/** 0.0.0.0 or ::, every interface. */
export function isWildcard(host: string): boolean {
  return WILDCARD.includes(host);
}

export function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * Why a request is refused, or undefined to serve it. Writes need a same-origin Origin; every API
 * call the token. `path` is the canonical path (see canonicalPath): the one the router dispatches on.
 */
export function checkRequest(req: IncomingMessage, path: string, policy: RequestPolicy): Refusal | undefined {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!policy.hosts.has(host)) return { status: 403, message: `Host "${host}" is not this review server's address.` };
  const write = req.method !== 'GET' && req.method !== 'HEAD';
  if (write) {
    const origin = req.headers.origin;
    if (!origin || !policy.origins.has(normalOrigin(origin))) return { status: 403, message: `Cross-origin write refused (Origin: ${origin ?? 'none'}).` };
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return { status: 403, message: `Cross-site write refused (Sec-Fetch-Site: ${String(site)}).` };
  }
  if (path.startsWith('/api/') && !tokenMatches(req.headers[TOKEN_HEADER], policy.token)) {
    return { status: 401, message: 'Missing or wrong session token: open the address duizhao review printed.' };
  }
  if (write && mediaType(req.headers['content-type']) !== 'application/json') return { status: 415, message: 'Writes must be application/json.' };
  return undefined;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function normalOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return '';
  }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
