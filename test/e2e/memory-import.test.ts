import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../src/model/memory-entry.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { loadMemory, MEMORY_FILE, serialiseMemory } from '../../src/stores/memory-jsonl.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const VILLAGES = '沁县179个贫困村全部退出。';
const RATIO = '貧困發生率由13.2%降至0，';
const GOAL = '“两不愁三保障”全面实现。';
const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  key: segmentKey(source), source, target, state: 'translated', origin: 'manual', reports: ['qinxian-2020-overview'],
  created: '2025-01-01T00:00:00.000Z', updated: '2025-01-02T03:04:05.678Z', ...extra,
});
const ENTRIES = [
  entry(VILLAGES, 'All 179 poor villages in Qin County were lifted out of poverty.', { note: 'checked against the 2020 report' }),
  entry(RATIO, 'the poverty headcount ratio fell from 13.2% to 0,', { state: 'reviewed' }),
  entry(GOAL, '"Two assurances and three guarantees" were fully achieved.', { state: 'approved' }),
].sort((a, b) => (a.key < b.key ? -1 : 1));
const NEW = { villages: 'Every one of the 179 poor villages left poverty.', ratio: 'poverty incidence dropped from 13.2% to zero,', goal: 'The "two assurances and three guarantees" were met.' };

describe('duizhao memory import: human translations are never replaced silently', () => {
  let project: TempProject;
  let before: string;
  const memoryText = () => readFile(join(project.root, MEMORY_FILE), 'utf8');
  const importFile = async (name: string, text: string, ...options: string[]) => {
    await writeFile(join(project.root, name), text);
    return project.cli('memory', 'import', join(project.root, name), ...options);
  };
  const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  beforeEach(async () => {
    project = await createTempProject();
    await mkdir(join(project.root, 'translations', 'memory'), { recursive: true });
    before = serialiseMemory(ENTRIES);
    await writeFile(join(project.root, MEMORY_FILE), before);
  });
  afterEach(() => project.dispose());

  it('lists a different English from a file that says origin manual as a conflict with both texts, file:line and states; nothing is replaced', async () => {
    const { code, out } = await importFile('team.jsonl', jsonl([{ zh: '壶关县旱地西红柿。', en: 'Dry-land tomatoes.' }, { zh: VILLAGES, en: NEW.villages, origin: 'manual', state: 'translated' }]));
    expect(code).toBe(1);
    expect(out).toContain('imported: 1 added, 0 updated, 0 unchanged, 1 conflict, 0 skipped\n');
    expect(out).toContain(`team.jsonl:2: the memory has different translated English; not replaced. Pass --overwrite to replace it.\n`);
    expect(out).toContain(`    memory (translated, manual): ${ENTRIES.find((e) => e.source === VILLAGES)!.target}\n`);
    expect(out).toContain(`    file   (translated, manual): ${NEW.villages}\n`);
    expect((await loadMemory(project.root)).get(segmentKey(VILLAGES))).toEqual(ENTRIES.find((e) => e.source === VILLAGES));
  });

  it('refuses --origin manual CSV rows over reviewed and approved English too, and --dry-run reports the same', async () => {
    const csv = `zh,en\r\n${VILLAGES},${NEW.villages}\r\n${RATIO},"${NEW.ratio}"\r\n${GOAL},"${NEW.goal.replace(/"/g, '""')}"\r\n`;
    const dry = await importFile('team.csv', csv, '--origin', 'manual', '--state', 'approved', '--dry-run');
    expect(dry.out).toContain('would import: 0 added, 0 updated, 0 unchanged, 3 conflicts, 0 skipped\n');
    const { code, out } = await importFile('team.csv', csv, '--origin', 'manual', '--state', 'approved');
    expect(code).toBe(1);
    expect(out).toContain('team.csv:3: the memory has different reviewed English; not replaced.');
    expect(out).toContain(`    memory (reviewed, manual): ${ENTRIES.find((e) => e.source === RATIO)!.target}\n    file   (approved, manual): ${NEW.ratio}\n`);
    expect(out).toContain('team.csv:4: the memory has approved English; an import never replaces approved English, even with --overwrite.');
    expect(await memoryText()).toBe(before);
  });

  it('with --overwrite replaces translated and reviewed English at the same or a higher state, never a lower state and never approved English', async () => {
    const rows = [{ zh: VILLAGES, en: NEW.villages, state: 'translated' }, { zh: RATIO, en: NEW.ratio, state: 'translated' }, { zh: GOAL, en: NEW.goal, state: 'approved' }];
    const { code, out } = await importFile('team.jsonl', jsonl(rows), '--origin', 'manual', '--overwrite');
    expect(code).toBe(1);
    expect(out).toContain('imported: 0 added, 1 updated, 0 unchanged, 2 conflicts, 0 skipped\n');
    expect(out).toContain('team.jsonl:2: the memory has reviewed English and this one is only translated; not replaced.');
    expect(out).toContain('team.jsonl:3: the memory has approved English; an import never replaces approved English, even with --overwrite.');
    const memory = await loadMemory(project.root);
    expect(memory.get(segmentKey(VILLAGES))).toMatchObject({ target: NEW.villages, state: 'translated', origin: 'manual' });
    expect(memory.get(segmentKey(RATIO))?.target).toBe(ENTRIES.find((e) => e.source === RATIO)!.target);
    expect(memory.get(segmentKey(GOAL))?.target).toBe(ENTRIES.find((e) => e.source === GOAL)!.target);
  });

  it.each(['tmx', 'csv', 'jsonl'])('imports its own %s export back with 0 updated and the memory byte-identical', async (format) => {
    const file = join(project.root, `memory.${format}`);
    expect((await project.cli('memory', 'export', '--format', format, '--out', file)).code).toBe(0);
    const { code, out } = await project.cli('memory', 'import', file);
    expect(out).toBe('imported: 0 added, 0 updated, 3 unchanged, 0 conflicts, 0 skipped\n');
    expect(code).toBe(0);
    expect(await memoryText()).toBe(before);
  });

  it('changes nothing for a plain file of identical pairs (no origin → import, timestamps and notes kept)', async () => {
    const { code, out } = await importFile('same.jsonl', jsonl(ENTRIES.map((e) => ({ zh: e.source, en: e.target }))));
    expect(out).toBe('imported: 0 added, 0 updated, 3 unchanged, 0 conflicts, 0 skipped\n');
    expect(code).toBe(0);
    expect(await memoryText()).toBe(before);
  });

  it('raises the state of identical English when the file says a higher state, keeping its origin and note', async () => {
    const { out } = await importFile('up.jsonl', jsonl([{ zh: VILLAGES, en: ENTRIES.find((e) => e.source === VILLAGES)!.target, state: 'reviewed', origin: 'import' }]));
    expect(out).toBe('imported: 0 added, 1 updated, 0 unchanged, 0 conflicts, 0 skipped\n');
    expect((await loadMemory(project.root)).get(segmentKey(VILLAGES))).toMatchObject({ state: 'reviewed', origin: 'manual', note: 'checked against the 2020 report', created: '2025-01-01T00:00:00.000Z' });
  });

  it('writes nothing when a line after the pairs it applied is invalid or a conflict marker (pairs are applied as they are read)', async () => {
    const pairs = jsonl([{ zh: '壶关县旱地西红柿。', en: 'Dry-land tomatoes.' }, { zh: VILLAGES, en: NEW.villages, origin: 'import' }]);
    const invalid = await importFile('late-bad.jsonl', `${pairs}{"zh":"黎城县核桃。"}\n{"zh":"沁县。","en":"Qin County."}\n`);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('late-bad.jsonl has 1 invalid line(s); nothing was imported.');
    expect(invalid.err).toContain('late-bad.jsonl:3: needs string fields "zh" and "en".');
    const marker = await importFile('late-marker.jsonl', `${pairs}<<<<<<< HEAD\n`);
    expect(marker.code).toBe(2);
    expect(marker.err).toContain('late-marker.jsonl:3: a git conflict marker (<<<<<<<)');
    expect(await memoryText()).toBe(before);
  });

  it('derives the key from the Chinese and ignores a wrong "key" field', async () => {
    const rows = [
      { zh: '壶关县旱地西红柿。', en: 'Dry-land tomatoes of Huguan County.', key: 'bogus' },
      { zh: '黎城县核桃。', en: 'Licheng walnuts.', key: segmentKey(VILLAGES), origin: 'manual' },
    ];
    const { code, out } = await importFile('keys.jsonl', jsonl(rows));
    expect(out).toBe('imported: 2 added, 0 updated, 0 unchanged, 0 conflicts, 0 skipped\n');
    expect(code).toBe(0);
    const memory = await loadMemory(project.root);
    expect(memory.get('bogus')).toBeUndefined();
    expect(memory.get(segmentKey('壶关县旱地西红柿。'))).toMatchObject({ source: '壶关县旱地西红柿。', target: 'Dry-land tomatoes of Huguan County.' });
    expect(memory.get(segmentKey('黎城县核桃。'))).toMatchObject({ source: '黎城县核桃。', target: 'Licheng walnuts.' });
    expect(memory.get(segmentKey(VILLAGES))).toEqual(ENTRIES.find((e) => e.source === VILLAGES));
  });
});
