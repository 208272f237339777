import { afterAll, beforeAll, describe, it } from 'vitest';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import type { TempProject } from '../../helpers/temp-project.js';
import { SOURCE_SYNC_ALIGN_CASES } from './cases-sources-sync-align.js';
import { expectCaseOutcome, runBadInputCase } from './run-bad-input-case.js';

let base: TempProject;
beforeAll(async () => {
  base = await createBaseProject();
});
afterAll(async () => base.dispose());

describe('bad report sources (add, ingest), bilingual editions (sync) and aligned texts (align)', () => {
  it.each(SOURCE_SYNC_ALIGN_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCaseOutcome(c, await runBadInputCase(base, c));
  });
});
