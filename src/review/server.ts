import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FindingsProvider } from '../app/review/review-findings.js';
import type { ApiContext } from './api/report-handlers.js';
import { sendError } from './http-io.js';
import { canonicalPath } from './canonical-path.js';
import { handleRoute } from './routes.js';
import { allowedHosts, allowedOrigins, checkRequest, hostForUrl, isWildcard, type PublicHost, type RequestPolicy } from './security.js';

export interface ReviewServerOptions {
  root: string;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Names the team reaches the server by (Host and Origin accepted besides the bound address); the first is printed. */
  publicHosts?: readonly PublicHost[];
  /** Quality findings next to segments; default none (the CLI plugs in `duizhao check`). */
  findings?: FindingsProvider;
  /** Fixed token (tests); default 24 random bytes. */
  token?: string;
  /** Called with unexpected errors (the request gets a 500). */
  onError?: (error: unknown) => void;
}

export interface ReviewServer {
  /** `http://127.0.0.1:7788/` */
  origin: string;
  /** The address to open: the origin with the session token in the fragment (never sent to the server). */
  url: string;
  token: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the local review server; resolves once it listens. */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  let queue: Promise<unknown> = Promise.resolve();
  const ctx: ApiContext = {
    root: options.root,
    ...(options.findings ? { findings: options.findings } : {}),
    serialise: (task) => {
      const next = queue.then(task, task);
      queue = next.catch(() => undefined);
      return next;
    },
  };
  const policy: RequestPolicy = { hosts: new Set(), origins: new Set(), token };
  const server = createServer((req, res) => void respond(req, res, policy, ctx, options.onError));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const publicHosts = options.publicHosts ?? [];
  policy.hosts = allowedHosts(host, port, publicHosts);
  policy.origins = allowedOrigins(policy.hosts, publicHosts);
  const shown = publicHosts[0] ? `${publicHosts[0].name}:${publicHosts[0].port ?? port}` : `${hostForUrl(isWildcard(host) ? '127.0.0.1' : host)}:${port}`;
  const origin = `${new URL(`http://${shown}`).origin}/`;
  return {
    origin,
    url: `${origin}#token=${token}`,
    token,
    host,
    port,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, policy: RequestPolicy, ctx: ApiContext, onError?: (error: unknown) => void): Promise<void> {
  try {
    const path = canonicalPath(req.url);
    if (path === undefined) return sendError(res, 400, 'The request path is not in canonical form (a dot segment, a doubled or back slash, a percent-escape or an absolute URL); send the plain path.');
    const refusal = checkRequest(req, path, policy);
    if (refusal) return sendError(res, refusal.status, refusal.message);
    await handleRoute(req, res, ctx, path);
  } catch (error) {
    onError?.(error);
    if (!res.headersSent) sendError(res, 500, `Internal error: ${(error as Error).message}`);
  }
}
