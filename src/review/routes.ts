import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAppError } from '../errors.js';
import { getFindings, getReport, listReports, saveSegment, type ApiContext, type ApiHandler } from './api/report-handlers.js';
import { sendError } from './http-io.js';
import { servePageAsset } from './page-assets.js';

interface Route {
  method: 'GET' | 'PUT';
  pattern: RegExp;
  handler: ApiHandler;
}

const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/reports$/, handler: listReports },
  { method: 'GET', pattern: new RegExp(`^/api/reports/${SLUG}$`), handler: getReport },
  { method: 'GET', pattern: new RegExp(`^/api/reports/${SLUG}/findings$`), handler: getFindings },
  { method: 'PUT', pattern: new RegExp(`^/api/reports/${SLUG}/segments/([0-9a-f]{10}(?:-\\d+)?)$`), handler: saveSegment },
];

/**
 * Dispatches a request that passed the security checks on `path` (its canonical path, the same the
 * token was checked on): the API, else the page's static files.
 */
export async function handleRoute(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, path: string): Promise<void> {
  const matching = ROUTES.map((route) => ({ route, match: route.pattern.exec(path) })).filter((r) => r.match);
  if (matching.length === 0) {
    if (path.startsWith('/api/')) return sendError(res, 404, `No API at ${path}.`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, `${req.method ?? ''} is not allowed here.`);
    return servePageAsset(path, res);
  }
  const hit = matching.find((r) => r.route.method === req.method);
  if (!hit?.match) return sendError(res, 405, `${req.method ?? ''} is not allowed on ${path}.`);
  try {
    await hit.route.handler(req, res, ctx, hit.match.slice(1));
  } catch (error) {
    if (isAppError(error)) return sendError(res, error.code === 'corpus/unknown-report' ? 404 : 400, error.message, error.hint ? { hint: error.hint } : {});
    throw error;
  }
}
