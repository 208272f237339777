import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { REPO_ROOT } from './paths.js';

export interface TempProject {
  root: string;
  /** Runs the CLI in-process; returns exit code and output. */
  cli(...argv: string[]): Promise<{ code: number; out: string; err: string }>;
  dispose(): Promise<void>;
}

/**
 * A fresh project folder; `withCorpus` copies the repository's corpus, glossary and memory,
 * `copyOf` copies another project folder whole (a prepared base project, cloned per test).
 */
export async function createTempProject(options: { withCorpus?: boolean; copyOf?: string } = {}): Promise<TempProject> {
  const root = await mkdtemp(join(tmpdir(), 'duizhao-'));
  if (options.copyOf) await cp(options.copyOf, root, { recursive: true });
  else await writeFile(join(root, 'duizhao.yaml'), '# test project\n');
  if (options.withCorpus) {
    for (const dir of ['corpus', 'glossary', 'translations/memory']) {
      await cp(join(REPO_ROOT, dir), join(root, dir), { recursive: true }).catch(() => undefined);
    }
  }
  return {
    root,
    async cli(...argv) {
      const io = memoryIo(root);
      const code = await run(['--project', root, ...argv], io);
      return { code, out: io.out.join(''), err: io.err.join('') };
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
