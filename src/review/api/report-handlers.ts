import type { IncomingMessage, ServerResponse } from 'node:http';
import { listReviewReports, loadReviewReport } from '../../app/review/load-review-report.js';
import { loadReviewFindings, type FindingsProvider } from '../../app/review/review-findings.js';
import { saveReviewSegment } from '../../app/review/save-review-segment.js';
import { readJsonBody, sendError, sendJson } from '../http-io.js';

export interface ApiContext {
  root: string;
  findings?: FindingsProvider;
  /** Runs writes one after another, so a check-then-save is never interleaved with another save. */
  serialise<T>(task: () => Promise<T>): Promise<T>;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, ctx: ApiContext, params: string[]) => Promise<void>;

export const listReports: ApiHandler = async (_req, res, ctx) => {
  sendJson(res, 200, { reports: await listReviewReports(ctx.root) });
};

export const getReport: ApiHandler = async (_req, res, ctx, [slug]) => {
  sendJson(res, 200, await loadReviewReport(ctx.root, slug ?? ''));
};

export const getFindings: ApiHandler = async (_req, res, ctx, [slug]) => {
  sendJson(res, 200, await loadReviewFindings(ctx.findings, ctx.root, slug ?? ''));
};

export const saveSegment: ApiHandler = async (req, res, ctx, [slug, id]) => {
  const body = await readJsonBody(req);
  if ('problem' in body) return sendError(res, body.status, body.problem);
  const result = await ctx.serialise(() => saveReviewSegment(ctx.root, slug ?? '', id ?? '', body.value));
  if (result.ok) sendJson(res, 200, { written: result.written, segment: result.segment });
  else sendError(res, result.status, result.message, result.current ? { current: result.current } : {});
};
