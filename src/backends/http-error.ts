/** A reply with a non-2xx status; `retryAfter` is the raw Retry-After header, if any. */
export class HttpError extends Error {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: string;
  readonly url: string;

  constructor(url: string, status: number, body: string, retryAfter?: string) {
    super(`${url} answered HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.name = 'HttpError';
    this.url = url;
    this.status = status;
    this.body = body;
    this.retryAfter = retryAfter ?? undefined;
  }
}

/** The server could not be reached, closed the connection, or sent an unreadable reply. */
export class NetworkError extends Error {
  readonly url: string;
  constructor(url: string, message: string, options?: { cause?: unknown }) {
    super(`${url}: ${message}`, options);
    this.name = 'NetworkError';
    this.url = url;
  }
}

/** The per-request timeout fired (the connector aborted the request). */
export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no reply within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/** 429, 5xx and 408 are worth retrying; other client errors are not. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}
