import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../errors.js';
import { writeTextAtomic } from '../stores/atomic-write.js';
import { CONFIG_FILE } from './project.js';

/** What lives where in a project: an output file must never land on any of it. */
const PROJECT_DATA: Array<{ path: string; what: string }> = [
  { path: CONFIG_FILE, what: 'the project configuration' },
  { path: 'translations/memory', what: 'the translation memory' },
  { path: 'translations', what: 'the editions' },
  { path: 'glossary', what: 'the glossary' },
  { path: 'corpus', what: 'the corpus' },
];

/** Writes an export where the user asked (`--out`, relative to `cwd`), atomically, never over project data. */
export async function writeOutputFile(path: string, cwd: string, text: string): Promise<void> {
  assertNotProjectData(path, cwd);
  await writeTextAtomic(resolve(cwd, path), text);
}

/**
 * Refuses an output path (`--out`) inside a project's data: duizhao.yaml, corpus/, glossary/,
 * translations/ (memory and editions). `path` is as the user wrote it, relative to `cwd`. Checked
 * on the path as written and after resolving
 * `..` and symbolic links, against every project at or above it.
 */
export function assertNotProjectData(path: string, cwd: string, option = '--out'): void {
  const absolute = resolve(cwd, path);
  for (const candidate of new Set([absolute, realPathOf(absolute)])) {
    const hit = projectDataAt(candidate);
    if (!hit) continue;
    throw new AppError('usage/out-is-project-data', `${option} ${path} would overwrite ${hit.what} (${hit.file}); refusing to write there.`, {
      hint: `Write the output outside corpus/, glossary/ and translations/, e.g. ${option} ${basename(path) || 'out.txt'} in another folder.`,
    });
  }
}

function projectDataAt(file: string): { what: string; file: string } | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) {
      const rel = relative(dir, file);
      const hit = PROJECT_DATA.find((d) => rel === d.path || rel.startsWith(`${d.path}${sep}`));
      if (hit && !rel.startsWith('..') && !isAbsolute(rel)) return { what: hit.what, file: join(dir, rel) };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The real path, following symbolic links; for a file not yet there, of its nearest existing folder. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathOf(parent), basename(path));
  }
}
