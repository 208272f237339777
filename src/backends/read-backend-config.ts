import { ConfigError } from '../errors.js';
import type { ConfigSource } from './types.js';

type Raw = Readonly<Record<string, unknown>>;

function invalid(source: ConfigSource, key: string, message: string, hint: string): ConfigError {
  return new ConfigError('config/invalid-backend', `${source.locate(key)}: ${source.path}.${key} ${message}`, { hint });
}

/** A string option; required ones fail with the file, line and key named. */
export function readString(raw: Raw, key: string, source: ConfigSource, fallback?: string): string {
  const value = raw[key];
  if (value === undefined || value === null) {
    if (fallback !== undefined) return fallback;
    throw invalid(source, key, 'is missing.', `Add "${key}:" under ${source.path} in ${source.file}.`);
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(source, key, `must be a non-empty string, got ${JSON.stringify(value)}.`, `Set ${source.path}.${key} to a text value.`);
  }
  return value.trim();
}

export function readOptionalString(raw: Raw, key: string, source: ConfigSource): string | undefined {
  return raw[key] === undefined || raw[key] === null ? undefined : readString(raw, key, source);
}

/** An http(s) base URL, without a trailing slash. */
export function readUrl(raw: Raw, key: string, source: ConfigSource, fallback?: string): string {
  const value = readString(raw, key, source, fallback);
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw invalid(source, key, `must be an http(s) URL, got "${value}".`, 'Write the full URL with its scheme, e.g. http://127.0.0.1:11434/v1.');
  }
  return value.replace(/\/+$/, '');
}

/** A whole number within [min, max]. */
export function readInteger(raw: Raw, key: string, source: ConfigSource, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const value = raw[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(source, key, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`, `Set ${source.path}.${key} to a number such as ${fallback}.`);
  }
  return value;
}

/** The name of an environment variable (never the secret itself). */
export function readEnvName(raw: Raw, key: string, source: ConfigSource, fallback?: string): string | undefined {
  const value = raw[key] === undefined && fallback === undefined ? undefined : readString(raw, key, source, fallback);
  if (value !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw invalid(source, key, `must name an environment variable (like DEEPL_API_KEY), got "${value}".`,
      'Put the secret in an environment variable and write only its name here; never write keys into duizhao.yaml.');
  }
  return value;
}

/** Rejects keys a back-end does not know, so a typo (`baseURL`) is not silently ignored. */
export function rejectUnknownKeys(raw: Raw, known: readonly string[], source: ConfigSource): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      throw invalid(source, key, 'is not a known option.', `Known options: ${known.join(', ')}.`);
    }
  }
}
