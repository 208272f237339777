import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const JOB_FAIR = '劳务输出招聘现场会';
let project: TempProject;

beforeEach(async () => {
  project = await createTempProject({ withCorpus: true });
});
afterEach(() => project?.dispose());

const spellingFindings = async () => {
  const result = await project.cli('check', '--format', 'json');
  return (JSON.parse(result.out) as Array<{ ruleId: string; actual?: string }>).filter((f) => f.ruleId === 'style/spelling');
};

describe('duizhao style apply', () => {
  it('converts glossary and memory English to American spelling, keeps states and glossary notes, and check then finds no other spelling', async () => {
    const memory = await loadMemory(project.root);
    // The team's reviewed English, in British spelling as the editions were written before.
    memory.upsert({ ...memory.get(segmentKey(JOB_FAIR))!, target: 'On-site job fair for labour export', state: 'reviewed', origin: 'manual' });
    await memory.save();
    expect((await spellingFindings()).map((f) => f.actual)).toContain('labour');

    const dry = await project.cli('style', 'apply', '--dry-run');
    expect(dry.out).toMatch(/^en-US: would convert \d+ glossary entries and \d+ memory entries$/mu);
    expect((await loadMemory(project.root)).get(segmentKey(JOB_FAIR))!.target).toBe('On-site job fair for labour export');

    const applied = await project.cli('style', 'apply');
    expect(applied.code).toBe(0);
    const after = (await loadMemory(project.root)).get(segmentKey(JOB_FAIR))!;
    expect(after).toMatchObject({ target: 'On-site job fair for labor export', state: 'reviewed', origin: 'manual' });
    const general = await readFile(join(project.root, 'glossary', 'general.yaml'), 'utf8');
    expect(general).toContain('- zh: 劳务输出\n  en: labor export\n  kind: general\n');
    expect(general).toContain('the full campaign 不忘初心、牢记使命 is in programmes.yaml.');
    expect(await spellingFindings()).toEqual([]);
    expect((await project.cli('style', 'apply')).out).toMatch(/converted 0 glossary entries and 0 memory entries/u);
  }, 180_000);

  it('checks against style.spelling: en-GB flags American spelling, not -ize', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), 'style:\n  spelling: en-GB\n');
    const found = await spellingFindings();
    expect(found.map((f) => f.actual)).toContain('labor');
    expect(found.map((f) => f.actual)).not.toContain('organized');
  }, 180_000);
});
