import { afterAll, beforeAll, describe, it } from 'vitest';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import type { TempProject } from '../../helpers/temp-project.js';
import { EXCHANGE_CASES } from './cases-exchange.js';
import { expectCaseOutcome, runBadInputCase } from './run-bad-input-case.js';

let base: TempProject;
beforeAll(async () => {
  base = await createBaseProject();
});
afterAll(async () => base.dispose());

describe('bad exchange files: memory import (TMX, XLIFF, JSONL, CSV), xliff import, glossary import (TBX, CSV)', () => {
  it.each(EXCHANGE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCaseOutcome(c, await runBadInputCase(base, c));
  });
});
