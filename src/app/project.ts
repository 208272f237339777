import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

/** The nearest folder at or above `start` holding duizhao.yaml; `start` itself if there is none. */
export function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
