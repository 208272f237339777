import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../../../test/helpers/temp-project.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { MEMORY_FILE, serialiseEntry, serialiseMemory } from '../../stores/memory-jsonl.js';

const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key: source, source, target, state: 'translated', origin: 'manual', reports: ['qinxian-2020'],
  created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z', ...extra,
});
const QIN = entry('沁县。', 'Qin County.', { state: 'reviewed' });
const QIN_DRAFT = entry('沁县。', 'Qinxian.', { state: 'draft', origin: 'mt:openai', reports: ['huguan-2019'] });
const HU_A = entry('壶关县。', 'Huguan County.');
const HU_B = entry('壶关县。', 'Huguan.');
const LI = entry('黎城县。', 'Licheng County.');
/** What `git merge` leaves when two branches changed the memory. */
const MERGED = ['<<<<<<< HEAD', serialiseEntry(HU_A), serialiseEntry(QIN), '=======', serialiseEntry(HU_B), serialiseEntry(QIN_DRAFT), '>>>>>>> review', serialiseEntry(LI), serialiseEntry(LI)];

let project: TempProject;
const memoryPath = () => join(project.root, MEMORY_FILE);
beforeEach(async () => {
  project = await createTempProject();
  await mkdir(join(project.root, 'translations', 'memory'), { recursive: true });
  await writeFile(memoryPath(), MERGED.map((l) => `${l}\n`).join(''));
  await writeFile(`${memoryPath()}.2718281828`, serialiseEntry(entry('沁县。', 'half-written')));
});
afterEach(async () => project.dispose());

describe('duizhao memory doctor', () => {
  it('lists every problem without changing anything, exit 1', async () => {
    const before = await readFile(memoryPath(), 'utf8');
    const result = await project.cli('memory', 'doctor');
    expect(result.code).toBe(1);
    expect(result.out).toContain(`fixable: ${MEMORY_FILE}: git conflict markers on lines 1, 4, 7`);
    expect(result.out).toContain('fixable: translations/memory/memory.jsonl: "沁县。": kept the reviewed line 3 over the lower line 6 [draft] "Qinxian."');
    expect(result.out).toContain('fixable: translations/memory/memory.jsonl: "黎城县。": identical lines 8, 9 collapsed into one');
    expect(result.out).toContain('memory.jsonl.2718281828: orphan temp file of an interrupted write');
    expect(result.out).toContain(`needs you: "壶关县。" (key "壶关县。") is on lines 2, 5:\n  ${MEMORY_FILE}:2: [translated, manual] "Huguan County."\n  ${MEMORY_FILE}:5: [translated, manual] "Huguan."\n  choose one: --keep 2 or --keep 5\n`);
    expect(await readFile(memoryPath(), 'utf8')).toBe(before);
  });

  it('--fix repairs the mechanical problems and keeps both sides of the one that needs a person', async () => {
    expect((await project.cli('memory', 'stats')).err).toContain(`${MEMORY_FILE}:1: git merge conflict markers`);
    const fixed = await project.cli('memory', 'doctor', '--fix');
    expect(fixed.code).toBe(1);
    expect(await readFile(memoryPath(), 'utf8')).toBe(serialiseMemory([HU_A, HU_B, { ...QIN, reports: ['huguan-2019', 'qinxian-2020'] }, LI]));
    expect(await readdir(join(project.root, 'translations', 'memory'))).toEqual(['memory.jsonl']);
    const stats = await project.cli('memory', 'stats');
    expect(stats.code).toBe(2);
    expect(stats.err).toContain(`${MEMORY_FILE}:1: [translated, manual] "Huguan County."`);
    expect(stats.err).toContain(`${MEMORY_FILE}:2: [translated, manual] "Huguan."`);
    const kept = await project.cli('memory', 'doctor', '--keep', '2');
    expect(kept).toMatchObject({ code: 0, out: `fixed: ${MEMORY_FILE}: "壶关县。": kept line 2 as you chose; dropped line 1 [translated] "Huguan County."\n` });
    expect((await project.cli('memory', 'doctor')).out).toBe('memory.jsonl: no problems found\n');
    expect((await project.cli('memory', 'stats')).code).toBe(0);
  });

  it.each([['7', 'line 7 of translations/memory/memory.jsonl is not one of the duplicate lines'], ['x', 'not "x"']])('rejects --keep %s with exit 2', async (line, message) => {
    const result = await project.cli('memory', 'doctor', '--keep', line);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});
