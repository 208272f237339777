import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadProjectConfigSync, type ProjectConfig } from '../config/load-project-config.js';
import { AppError } from '../errors.js';

/** Well-known paths inside a duizhao project. */
export interface ProjectPaths {
  root: string;
  corpus: string;
  glossary: string;
  translations: string;
  memory: string;
  config: string;
}

export const CONFIG_FILE = 'duizhao.yaml';

export function projectPaths(root: string): ProjectPaths {
  return {
    root,
    corpus: join(root, 'corpus'),
    glossary: join(root, 'glossary'),
    translations: join(root, 'translations'),
    memory: join(root, 'translations', 'memory'),
    config: join(root, CONFIG_FILE),
  };
}

/** The nearest folder at or above `start` holding duizhao.yaml, or undefined outside a project. */
export function findProjectRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The project a command works on: `explicit` (from -C) when it holds duizhao.yaml, else the
 * nearest folder at or above `cwd` that does. Outside a project nothing is read or written.
 */
export function requireProjectRoot(cwd: string, explicit?: string): string {
  const root = explicit !== undefined ? (existsSync(join(explicit, CONFIG_FILE)) ? explicit : undefined) : findProjectRoot(cwd);
  if (root !== undefined) return root;
  throw new AppError('project/not-found', `not a duizhao project (no ${CONFIG_FILE} here or above): ${explicit ?? cwd}`, {
    hint: 'Run `duizhao init` to make this folder a project, or pass -C <dir> to name the project folder.',
  });
}

/** requireProjectRoot with duizhao.yaml validated (and returned): one verdict on the configuration for every command. */
export function openProjectRoot(cwd: string, explicit?: string): { root: string; config: ProjectConfig } {
  const root = requireProjectRoot(cwd, explicit);
  return { root, config: loadProjectConfigSync(root) };
}
