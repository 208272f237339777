import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppError } from '../../errors.js';
import { createGlossary, type Glossary } from '../../stores/glossary-yaml.js';
import { parseGlossaryFile } from '../../stores/glossary/parse-glossary-file.js';
import type { RenderingChange } from './apply-glossary-change.js';

const run = promisify(execFile);

async function git(root: string, args: string[]): Promise<string> {
  try {
    return (await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    throw new AppError('glossary/git', `git ${args.join(' ')} failed.`, { cause: error, hint: 'Run inside the project’s git repository and give a revision that exists (e.g. HEAD~1).' });
  }
}

/** Entries whose `en` differs between the glossary at git revision `rev` and now. */
export async function renderingChangesFromGit(root: string, rev: string, current: Glossary): Promise<RenderingChange[]> {
  const names = (await git(root, ['ls-tree', '--name-only', `${rev}:glossary`])).split('\n').filter((n) => /\.ya?ml$/.test(n));
  const before = [];
  for (const name of names) {
    const parsed = parseGlossaryFile(await git(root, ['show', `${rev}:glossary/${name}`]), `glossary/${name}@${rev}`);
    before.push(...parsed.entries.map((e) => e.entry));
  }
  const old = createGlossary(before);
  const changes: RenderingChange[] = [];
  for (const entry of current.entries) {
    const previous = old.findByZh(entry.zh);
    if (previous && previous.en !== entry.en) changes.push({ entry, oldEn: previous.en });
  }
  return changes;
}
