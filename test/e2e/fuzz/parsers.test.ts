import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import type { TempProject } from '../../helpers/temp-project.js';
import { mutatedText } from './mutate-text.js';
import { FUZZ_TARGETS, fuzzOnce, withScratchDir } from './parser-fuzz.js';

/** Runs per parser (fast-check, mutated valid documents and random text). */
export const PARSER_FUZZ_RUNS = 150;

let base: TempProject;
beforeAll(async () => {
  base = await createBaseProject();
});
afterAll(async () => base.dispose());

describe(`every parser, ${PARSER_FUZZ_RUNS} fuzzed inputs each: parsed, or refused with an input error (exit 2), never a crash`, () => {
  it.each(FUZZ_TARGETS.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
    const seed = await readFile(join(base.root, target.seed), 'utf8');
    await withScratchDir(async (dir) => {
      await fc.assert(
        fc.asyncProperty(mutatedText(seed), async (text) => {
          expect(await fuzzOnce(target, text, dir)).toBeUndefined();
        }),
        { numRuns: PARSER_FUZZ_RUNS },
      );
    });
  }, 60_000);
});
