import { resolve } from 'node:path';
import { openProjectRoot } from '../app/project.js';
import { useProjectMemoryStore } from '../app/memory-server/use-project-memory-store.js';
import type { CliIo } from './io.js';

/**
 * The project root (or an error outside one), with duizhao.yaml validated: one verdict for every
 * command. A project whose memory is on a server gets its store here, for every command to use
 * (the review page's saves too, long after run() returned; idle connections never keep the
 * process alive).
 */
export function openProject(option: string | undefined, io: CliIo, argv: readonly string[]): string {
  const { root, config } = openProjectRoot(io.cwd, option === undefined ? undefined : resolve(io.cwd, option));
  useProjectMemoryStore(root, config, io.env, argv, (message) => io.stderr(`duizhao: ${message}\n`));
  return root;
}
