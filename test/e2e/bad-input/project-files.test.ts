import { afterAll, beforeAll, describe, it } from 'vitest';
import { createBaseProject } from '../../helpers/bad-input-project.js';
import type { TempProject } from '../../helpers/temp-project.js';
import { OVERRIDE_CASES, PROJECT_FILE_CASES, TRANSLATE_CONFIG_CASES } from './cases-project-files.js';
import { expectCaseOutcome, runBadInputCase } from './run-bad-input-case.js';

let base: TempProject;
beforeAll(async () => {
  base = await createBaseProject();
});
afterAll(async () => base.dispose());

describe('bad project files: report.yaml, duizhao.yaml, glossary YAML, memory.jsonl, overrides.yaml, back-end config', () => {
  it.each([...PROJECT_FILE_CASES, ...OVERRIDE_CASES, ...TRANSLATE_CONFIG_CASES].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCaseOutcome(c, await runBadInputCase(base, c));
  });
});
