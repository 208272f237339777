import { BackendUnavailableError, ConfigError } from '../errors.js';
import { HttpError, NetworkError, TimeoutError, isRetryableStatus } from './http-error.js';
import { createLimiter } from './limit-concurrency.js';
import { fullJitterDelay, parseRetryAfter } from './retry-delay.js';

export interface ConnectorOptions {
  /** Back-end name, for messages. */
  name: string;
  concurrency: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Retries after the first attempt (so maxRetries + 1 attempts in all). */
  maxRetries: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After honoured; longer requests wait this long. */
  maxRetryAfterMs?: number;
  /** How to fix an unreachable server or a refused key (names the URL and the env var). */
  hints?: { unavailable?: string; unauthorized?: string; badRequest?: string };
  /** Injected for fast, deterministic tests. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Called before each retry (for progress output and tests). */
  onRetry?: (info: { attempt: number; delayMs: number; error: Error }) => void;
}

export interface Connector {
  /** Runs one request under the concurrency limit, with a timeout and retries. */
  run<T>(task: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T>;
}

/**
 * Owns everything between the app and a back-end's HTTP requests, like i18next's
 * BackendConnector: a concurrency limit, a per-request timeout, retries with exponential backoff
 * and full jitter on 429/5xx/network errors (Retry-After honoured), and a clear error on
 * 400/401/403 (never retried) or when the retry budget runs out (BackendUnavailableError, exit 3).
 */
export function createConnector(options: ConnectorOptions): Connector {
  const limiter = createLimiter(options.concurrency);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const backoff = { baseDelayMs: options.baseDelayMs ?? 500, maxDelayMs: options.maxDelayMs ?? 30_000, random };

  async function attemptLoop<T>(task: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      outer?.throwIfAborted();
      try {
        return await withTimeout(task, options.timeoutMs, outer);
      } catch (error) {
        if (outer?.aborted) throw outer.reason ?? error;
        const err = error instanceof Error ? error : new Error(String(error));
        if (err instanceof HttpError && !isRetryableStatus(err.status)) throw refused(err, options);
        if (!isTransient(err)) throw err;
        if (attempt >= options.maxRetries) throw unavailable(err, attempt + 1, options);
        const retryAfter = err instanceof HttpError ? parseRetryAfter(err.retryAfter, now()) : undefined;
        const delayMs = retryAfter !== undefined ? Math.min(retryAfter, options.maxRetryAfterMs ?? 120_000) : fullJitterDelay(attempt, backoff);
        options.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
        await sleep(delayMs, outer);
      }
    }
  }

  return { run: (task, outer) => limiter.run(() => attemptLoop(task, outer)) };
}

function isTransient(error: Error): boolean {
  return error instanceof HttpError || error instanceof NetworkError || error instanceof TimeoutError;
}

async function withTimeout<T>(task: (signal: AbortSignal) => Promise<T>, ms: number, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new TimeoutError(ms)), ms);
  try {
    return await task(controller.signal);
  } catch (error) {
    // A fetch aborted by our timer rejects with the reason; make sure it is the TimeoutError.
    if (controller.signal.aborted && !outer?.aborted && controller.signal.reason instanceof TimeoutError) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

function refused(error: HttpError, options: ConnectorOptions): ConfigError {
  const auth = error.status === 401 || error.status === 403;
  const what = auth ? 'refused the credentials' : 'rejected the request';
  return new ConfigError(auth ? 'backend/unauthorized' : 'backend/rejected', `Back-end "${options.name}" ${what} (HTTP ${error.status}): ${error.message}`, {
    hint: (auth ? options.hints?.unauthorized : options.hints?.badRequest) ?? `Check backends.${options.name} in duizhao.yaml.`,
    cause: error,
  });
}

function unavailable(error: Error, attempts: number, options: ConnectorOptions): BackendUnavailableError {
  return new BackendUnavailableError('backend/unavailable', `Back-end "${options.name}" is unavailable after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error.message}`, {
    hint: options.hints?.unavailable ?? 'Check that the server is running and reachable, then run the command again; drafts already received are kept.',
    cause: error,
  });
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
