import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';
import { mutatedText } from './mutate-text.js';

/** Runs per command (each a whole in-process CLI run on a fuzzed file). */
export const CLI_FUZZ_RUNS = 8;

/** The file each command reads, fuzzed in place, and the command. */
const TARGETS: Array<{ file: string; argv: string[] }> = [
  { file: 'exports/memory.tmx', argv: ['memory', 'import', 'exports/memory.tmx'] },
  { file: 'exports/licheng.xlf', argv: ['xliff', 'import', 'exports/licheng.xlf'] },
  { file: 'exports/memory.csv', argv: ['memory', 'import', 'exports/memory.csv'] },
  { file: 'exports/memory.jsonl', argv: ['memory', 'import', 'exports/memory.jsonl'] },
  { file: 'exports/glossary.tbx', argv: ['glossary', 'import', 'exports/glossary.tbx', '--dry-run'] },
  { file: 'translations/licheng.zh-en.md', argv: ['sync', 'licheng'] },
  { file: 'duizhao.yaml', argv: ['check'] },
  { file: 'glossary/slogans.yaml', argv: ['glossary', 'lint'] },
  { file: 'translations/memory/memory.jsonl', argv: ['status'] },
];

let base: TempProject;
beforeAll(async () => {
  base = await createBaseProject();
});
afterAll(async () => base.dispose());

describe(`the CLI on fuzzed files, ${CLI_FUZZ_RUNS} runs per command: exit 0, 1 or 2 with a message, never a crash or exit 70`, () => {
  it.each(TARGETS.map((t) => [`${t.argv.join(' ')} (${t.file})`, t] as const))('%s', async (_name, target) => {
    const seed = await readFile(join(base.root, target.file), 'utf8');
    const project = await createTempProject({ copyOf: base.root });
    try {
      await fc.assert(
        fc.asyncProperty(mutatedText(seed), async (text) => {
          await writeFile(join(project.root, target.file), text);
          const { code, out, err } = await project.cli(...target.argv.map((a) => (a.includes('/') ? join(project.root, a) : a)));
          expect([0, 1, 2], `${code}\n${out}${err}`).toContain(code);
          expect(`${out}${err}`).not.toMatch(/^\s+at .+[(:]\d+|internal error/m);
        }),
        { numRuns: CLI_FUZZ_RUNS },
      );
    } finally {
      await project.dispose();
    }
  }, 60_000);
});
