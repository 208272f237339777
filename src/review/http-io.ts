import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security.js';

const MAX_BODY = 256 * 1024;

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function sendError(res: ServerResponse, status: number, message: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { error: message, ...extra });
}

/** The JSON body of a request, or what is wrong with it and the status to answer (413 too large, 400 not JSON). */
export async function readJsonBody(req: IncomingMessage): Promise<{ value: unknown } | { problem: string; status: 400 | 413 }> {
  const tooLarge = { problem: `The body is larger than ${MAX_BODY} bytes.`, status: 413 as const };
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return tooLarge;
    chunks.push(chunk as Buffer);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch (error) {
    return { problem: `The body is not valid JSON (${(error as Error).message}).`, status: 400 };
  }
}
