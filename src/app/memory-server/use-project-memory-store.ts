import type { ProjectConfig } from '../../config/load-project-config.js';
import { resolveMemoryBackend } from '../../config/resolve-memory-backend.js';
import { useMemoryStore } from '../../stores/memory-store.js';
import { PgMemoryStore } from '../../stores/postgres/pg-memory-store.js';
import { ReplicaSnapshot } from './replica-snapshot.js';
import { writerOf } from './writer-of.js';

/**
 * Chooses the memory store of a project for this process from its duizhao.yaml (`config`, already
 * read) and the environment:
 * the server when `memory.backend` is postgres (writes audited as DUIZHAO_USER or the OS user, with
 * the command words of `argv`, starting from the local snapshot in .duizhao-cache/; `notice` hears
 * why a snapshot was not used), else the git file.
 */
export function useProjectMemoryStore(root: string, config: ProjectConfig, env: Record<string, string | undefined>, argv: readonly string[], notice?: (message: string) => void): void {
  const settings = resolveMemoryBackend(config, env);
  useMemoryStore(root, settings.backend === 'postgres' ? new PgMemoryStore(settings.url, writerOf(argv, env), new ReplicaSnapshot(root, notice)) : undefined);
}
