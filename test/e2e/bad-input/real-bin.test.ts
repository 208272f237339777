import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import { assertBuilt } from '../../helpers/real-bin.js';
import type { TempProject } from '../../helpers/temp-project.js';
import { BAD_INPUT_CASE_COUNT, BAD_INPUT_CASES, REAL_BIN_CASES } from './cases.js';
import { expectCaseOutcome, runBadInputCase } from './run-bad-input-case.js';

let base: TempProject;
beforeAll(async () => {
  assertBuilt();
  base = await createBaseProject();
});
afterAll(async () => base.dispose());

describe('the bad-input table', () => {
  it(`holds ${BAD_INPUT_CASE_COUNT} cases (at least 150), each name unique`, () => {
    expect(BAD_INPUT_CASE_COUNT).toBeGreaterThanOrEqual(150);
    expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASE_COUNT);
  });
});

describe('bad inputs through the real bin (node bin/duizhao.js): the same exit codes, messages and untouched files', () => {
  it.each(REAL_BIN_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCaseOutcome(c, await runBadInputCase(base, c, 'bin'));
  });
});
