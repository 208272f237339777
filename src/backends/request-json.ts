import { HttpError, NetworkError } from './http-error.js';
import { maskSecrets } from './mask-secrets.js';

export interface RequestJsonOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  headers?: Record<string, string>;
  body?: unknown;
  signal: AbortSignal;
  /** Secrets to mask in any error text (the API key). */
  secrets?: readonly (string | undefined)[];
}

/**
 * One HTTP request with a JSON body and a JSON (or empty) reply. Non-2xx replies throw
 * HttpError, unreachable servers and unparsable replies NetworkError; an abort rethrows the
 * signal's reason. Secrets never appear in the thrown messages.
 */
export async function requestJson(fetchFn: typeof fetch, url: string, options: RequestJsonOptions): Promise<unknown> {
  const secrets = options.secrets ?? [];
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
    text = await response.text();
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason ?? error;
    throw new NetworkError(url, maskSecrets(describeFetchError(error), secrets), { cause: error });
  }
  if (!response.ok) {
    throw new HttpError(url, response.status, maskSecrets(text.trim(), secrets), response.headers.get('retry-after') ?? undefined);
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NetworkError(url, `reply is not JSON: ${maskSecrets(text.slice(0, 200), secrets)}`);
  }
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
