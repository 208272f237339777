import { ConfigError } from '../errors.js';
import type { ProjectConfig } from './load-project-config.js';
import { DATABASE_URL_ENV } from './read-memory-section.js';

export type MemoryBackendSettings = { backend: 'git' } | { backend: 'postgres'; url: string };

/**
 * The memory back-end a project chose. `memory.backend: postgres` takes its URL from
 * DUIZHAO_DATABASE_URL when set (it may hold the password), else from `memory.url`; a project
 * that does not opt in stays on git whatever the environment says.
 */
export function resolveMemoryBackend(config: Pick<ProjectConfig, 'memory' | 'file' | 'position'>, env: Record<string, string | undefined>): MemoryBackendSettings {
  if (config.memory?.backend !== 'postgres') return { backend: 'git' };
  const url = env[DATABASE_URL_ENV]?.trim() || config.memory.url;
  if (!url) {
    throw new ConfigError('config/memory-url-missing', `${config.file}:${config.position(['memory', 'backend']) ?? '1:1'}: memory.backend is postgres, but no server URL is given.`, {
      hint: `Set ${DATABASE_URL_ENV}=postgres://user:password@host:5432/database, or memory.url (without the password) in ${config.file}.`,
    });
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('config/memory-url-invalid', `${DATABASE_URL_ENV} must be a postgres://… URL.`, { hint: 'For example postgres://translator@db.example.org:5432/duizhao.' });
  }
  return { backend: 'postgres', url };
}
