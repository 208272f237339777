import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../../../test/helpers/temp-project.js';
import { serialiseMemory } from '../../stores/memory-jsonl.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { segmentKey } from '../../text/segment-key.js';

const REPORT = 'qinxian-2020-overview';
const entry = (source: string, target: string): MemoryEntry => ({
  key: segmentKey(source), source, target, state: 'translated', origin: 'manual', reports: [REPORT],
  created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z',
});
const LAND = '革命战争年代，在1320平方公里的土地上，不足10万人的沁县，出粮、出兵、出干部，谱写了可歌可泣的传奇篇章。';
const LAND_EN = 'During the revolutionary war, Qin County, with fewer than 100,000 people on its 1,320 square kilometers, gave grain, soldiers and cadres, writing a moving and heroic chapter.';

async function writeMemory(project: TempProject, entries: MemoryEntry[]): Promise<void> {
  await mkdir(join(project.root, 'translations', 'memory'), { recursive: true });
  await writeFile(join(project.root, 'translations', 'memory', 'memory.jsonl'), serialiseMemory(entries));
}

describe('duizhao check', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await createTempProject({ withCorpus: true });
  });
  afterEach(() => project.dispose());

  it('exits 0 on clean translations', async () => {
    await writeMemory(project, [entry('移民新居', 'New homes for relocated families'), entry(LAND, LAND_EN)]);
    const { code, out } = await project.cli('check', REPORT);
    expect(out).toContain('2 translated segment(s) in 1 report(s): 0 error(s)');
    expect(code).toBe(0);
  });

  it('exits 1 and reports a changed figure and Chinese left in the English', async () => {
    await writeMemory(project, [entry('移民新居', 'New homes for 移民'), entry(LAND, LAND_EN.replace('1,320', '1,230'))]);
    const { code, out } = await project.cli('check', REPORT);
    expect(code).toBe(1);
    expect(out).toContain(`${REPORT}\n`);
    expect(out).toMatch(/error {3}text\/untranslated/);
    expect(out).toMatch(/error {3}number\/mismatch .*1320平方公里/);
    expect(out).toContain('expected: 1,320 square kilometers   found: 1,230');
    expect(out).toContain(`corpus/${REPORT}/zh.md:`);
  });

  it('prints JSON and Markdown', async () => {
    await writeMemory(project, [entry('移民新居', 'New homes for 移民')]);
    const json = await project.cli('check', REPORT, '--format', 'json');
    const findings = JSON.parse(json.out) as Array<{ ruleId: string; report: string; source: string }>;
    expect(findings.map((f) => [f.ruleId, f.report, f.source])).toEqual([['text/untranslated', REPORT, '移民新居']]);
    const md = await project.cli('check', REPORT, '--format', 'markdown');
    expect(md.out).toContain('| Report | ¶ | Segment | Rule |');
    expect(md.out).toContain('`text/untranslated`');
  });

  it('honours check.rules in duizhao.yaml and --strict', async () => {
    await writeMemory(project, [entry('移民新居', 'New homes for 移民')]);
    await writeFile(join(project.root, 'duizhao.yaml'), 'check:\n  rules:\n    text/untranslated: warning\n');
    expect((await project.cli('check', REPORT)).code).toBe(0);
    expect((await project.cli('check', REPORT, '--strict')).code).toBe(1);
    await writeFile(join(project.root, 'duizhao.yaml'), 'check:\n  rules:\n    text/untranslated: off\n');
    expect((await project.cli('check', REPORT, '--strict')).out).toContain('0 error(s), 0 warning(s)');
  });

  it('rejects an unknown rule id with the line (exit 2)', async () => {
    await writeFile(join(project.root, 'duizhao.yaml'), 'check:\n  rules:\n    number/missing: off\n');
    const { code, err } = await project.cli('check');
    expect(code).toBe(2);
    expect(err).toContain('duizhao.yaml:3:5: check.rules names an unknown rule "number/missing"');
  });
});
