/** Where the translation memory lives: the git JSONL file (default) or a PostgreSQL server. */
export const MEMORY_BACKENDS = ['git', 'postgres'] as const;
export type MemoryBackendName = (typeof MEMORY_BACKENDS)[number];

export interface MemorySection {
  backend: MemoryBackendName;
  /** postgres://user@host:port/db — without a password (that comes from the environment). */
  url?: string;
}

/** The environment variable that gives the server URL (it may carry the password). */
export const DATABASE_URL_ENV = 'DUIZHAO_DATABASE_URL';

/** Whether a postgres URL carries a password (`user:secret@`, or `password=` in the query). */
export function urlHasPassword(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.password !== '' || parsed.searchParams.has('password');
  } catch {
    return /:[^/@:]*[^/@:]@|[?&]password=/i.test(url);
  }
}

/** Checks `memory:`; problems go to `errors` as `duizhao.yaml:line:col: …`. */
export function readMemorySection(memory: Record<string, unknown>, where: (path: readonly string[]) => string, errors: string[], warnings: string[]): MemorySection | undefined {
  for (const key of Object.keys(memory)) if (key !== 'backend' && key !== 'url') warnings.push(`${where(['memory', key])}: unknown key "memory.${key}" is ignored (known: backend, url).`);
  const backend = memory.backend ?? 'git';
  if (!(MEMORY_BACKENDS as readonly unknown[]).includes(backend)) {
    errors.push(`${where(['memory', 'backend'])}: memory.backend must be ${MEMORY_BACKENDS.join(' or ')}, got ${JSON.stringify(backend)}.`);
    return undefined;
  }
  const { url } = memory;
  if (url !== undefined && url !== null) {
    if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)) {
      errors.push(`${where(['memory', 'url'])}: memory.url must be a postgres://user@host:port/database URL, got ${JSON.stringify(url)}.`);
      return undefined;
    }
    if (urlHasPassword(url)) {
      errors.push(`${where(['memory', 'url'])}: memory.url holds a password in clear; duizhao.yaml is committed to git. Remove the password and give it in ${DATABASE_URL_ENV} (the whole URL), PGPASSWORD or ~/.pgpass.`);
      return undefined;
    }
    return { backend: backend as MemoryBackendName, url };
  }
  return { backend: backend as MemoryBackendName };
}
