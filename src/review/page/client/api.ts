import type { ReviewFindings, ReviewReport, ReviewReportSummary, SaveSegmentRequest } from '../../../app/review/review-types.js';
import type { SavedSegment } from '../../../app/review/save-review-segment.js';

const TOKEN_KEY = 'duizhao-review-token';
let token = '';

/**
 * The session token arrives in the URL fragment (never sent to the server, never in logs); it is
 * kept in this tab's sessionStorage and removed from the address bar.
 */
export function initToken(): boolean {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(history.state, '', location.pathname + location.search);
  } else {
    token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  }
  return token !== '';
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'X-Duizhao-Token': token };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const data = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, data.error ?? `HTTP ${res.status}`);
  return data;
}

export const api = {
  reports: () => request<{ reports: ReviewReportSummary[] }>('GET', '/api/reports').then((r) => r.reports),
  report: (slug: string) => request<ReviewReport>('GET', `/api/reports/${encodeURIComponent(slug)}`),
  findings: (slug: string) => request<ReviewFindings>('GET', `/api/reports/${encodeURIComponent(slug)}/findings`),
  save: (slug: string, id: string, body: SaveSegmentRequest) =>
    request<{ written: boolean; segment: SavedSegment }>('PUT', `/api/reports/${encodeURIComponent(slug)}/segments/${encodeURIComponent(id)}`, body),
};
