/** Where the translation memory lives: the git JSONL file (default) or a PostgreSQL server. */
export const MEMORY_BACKENDS = ['git', 'postgres'] as const;
export type MemoryBackendName = (typeof MEMORY_BACKENDS)[number];

/** `memory:` in duizhao.yaml. */
export interface MemorySection {
  backend: MemoryBackendName;
  /** postgres://user@host:port/db — without a password (that comes from the environment). */
  url?: string;
  /** Minimum score (1–100) for a memory entry to count as a fuzzy match; default 75. */
  fuzzyThreshold?: number;
}

/** The environment variable that gives the server URL (it may carry the password). */
export const DATABASE_URL_ENV = 'DUIZHAO_DATABASE_URL';

const KNOWN = ['backend', 'url', 'fuzzyThreshold'];

/** Whether a postgres URL carries a password (`user:secret@`, or `password=` in the query). */
export function urlHasPassword(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.password !== '' || parsed.searchParams.has('password');
  } catch {
    return /:[^/@:]*[^/@:]@|[?&]password=/i.test(url);
  }
}

type Where = (path: readonly string[]) => string;

/** Checks `memory:`; problems go to `errors` as `duizhao.yaml:line:col: …`, unknown keys to `warnings`. */
export function readMemorySection(memory: Record<string, unknown>, where: Where, errors: string[], warnings: string[]): MemorySection | undefined {
  for (const key of Object.keys(memory)) {
    if (!KNOWN.includes(key)) warnings.push(`${where(['memory', key])}: unknown key "memory.${key}" is ignored (known: ${KNOWN.join(', ')}).`);
  }
  const before = errors.length;
  const backend = memory.backend ?? 'git';
  if (!(MEMORY_BACKENDS as readonly unknown[]).includes(backend)) {
    errors.push(`${where(['memory', 'backend'])}: memory.backend must be ${MEMORY_BACKENDS.join(' or ')}, got ${JSON.stringify(backend)}.`);
  }
  const url = readUrl(memory.url, where, errors);
  const fuzzyThreshold = readThreshold(memory.fuzzyThreshold, where, errors);
  if (errors.length > before) return undefined;
  return { backend: backend as MemoryBackendName, ...(url ? { url } : {}), ...(fuzzyThreshold !== undefined ? { fuzzyThreshold } : {}) };
}

function readUrl(url: unknown, where: Where, errors: string[]): string | undefined {
  if (url === undefined || url === null) return undefined;
  if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)) {
    errors.push(`${where(['memory', 'url'])}: memory.url must be a postgres://user@host:port/database URL, got ${JSON.stringify(url)}.`);
    return undefined;
  }
  if (urlHasPassword(url)) {
    errors.push(`${where(['memory', 'url'])}: memory.url holds a password in clear; duizhao.yaml is committed to git. Remove the password and give it in ${DATABASE_URL_ENV} (the whole URL), PGPASSWORD or ~/.pgpass.`);
    return undefined;
  }
  return url;
}

function readThreshold(threshold: unknown, where: Where, errors: string[]): number | undefined {
  if (threshold === undefined || threshold === null) return undefined;
  if (typeof threshold !== 'number' || !(threshold >= 1 && threshold <= 100)) {
    errors.push(`${where(['memory', 'fuzzyThreshold'])}: memory.fuzzyThreshold must be a number from 1 to 100 (a score in percent), got ${JSON.stringify(threshold)}.`);
    return undefined;
  }
  return threshold;
}
