import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: unknown;
  raw: string;
}

/** What a route answers: a JSON (or raw text) reply, a request that never answers, or a crash. */
export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { hang: true }
  | { die: true };

export type Route = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface FakeServer {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Stops listening and drops every open connection, like a crashed server. */
  die(): Promise<void>;
  /** Listens again on the same port after die(). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (port 0 by default) answering every request with `route`. */
export async function startFakeServer(route: Route, port = 0): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let server: Server;
  let alive = false;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const request: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: parseJson(raw), raw };
    requests.push(request);
    const reply = await route(request);
    if ('hang' in reply) return;
    if ('die' in reply) {
      // Next turn, so replies already written reach their clients before the sockets go.
      setImmediate(() => void fake.die());
      return;
    }
    const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
    res.writeHead(reply.status, { 'content-type': reply.json !== undefined ? 'application/json' : 'text/plain', ...reply.headers });
    res.end(body);
  };

  const listen = async (at: number): Promise<number> => {
    server = createServer((req, res) => void handle(req, res));
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(at, '127.0.0.1', resolve));
    alive = true;
    return (server.address() as AddressInfo).port;
  };

  const stop = async (): Promise<void> => {
    if (!alive) return;
    alive = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  const actualPort = await listen(port);
  const fake: FakeServer = {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    die: stop,
    restart: async () => void (await listen(actualPort)),
    close: stop,
  };
  return fake;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): unknown {
  try {
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
