import { readFile, writeFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMemory, MEMORY_FILE, serialiseMemory, writeMemoryFile } from '../../src/stores/memory-jsonl.js';
import { openMemoryIndex } from '../../src/stages/memory-lookup/open-memory-index.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { SEEDS } from '../helpers/paths.js';

const SEED = join(SEEDS, '004_7bea98d680bfecd6.txt');
let project: TempProject;

beforeAll(async () => {
  project = await createTempProject();
  const added = await project.cli('add', SEED, '--id', 'fang');
  expect(added.code).toBe(0);
});
afterAll(async () => project.dispose());

describe('duizhao build', () => {
  it('marks untranslated segments visibly and counts them', async () => {
    const result = await project.cli('build');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/fang: 0\/66 translated \(66 missing\)/);
    const en = await readFile(join(project.root, 'translations', 'fang.en.md'), 'utf8');
    expect(en).toContain('[UNTRANSLATED');
    expect(en).toMatch(/coverage: 0\/66 segments translated, 66 untranslated/);
    expect((await project.cli('build', '--strict')).code).toBe(1);
  });

  it('fills the editions from the memory, byte-identical on a second build', async () => {
    const doc = await loadSegmentedReport(project.root, 'fang');
    const memory = await loadMemory(project.root);
    for (const u of documentUnits(doc)) memory.upsert({ key: u.key, source: u.source, target: `EN ${u.id} *x*`, state: 'translated', origin: 'manual', reports: [] });
    await memory.save();
    await project.cli('build');
    const files = ['fang.en.md', 'fang.zh-en.md', 'memory/memory.jsonl'];
    const first = await Promise.all(files.map((f) => readFile(join(project.root, 'translations', f), 'utf8')));
    const again = await project.cli('build');
    expect(again.out).toContain('unchanged');
    const second = await Promise.all(files.map((f) => readFile(join(project.root, 'translations', f), 'utf8')));
    expect(second).toEqual(first);
    expect(first[0]).not.toContain('UNTRANSLATED');
    expect(first[0]).toContain('\\*x\\*');
    expect(first[0]).toMatch(/^---\ntitle: EN [0-9a-f]{10} \*x\*/);
    expect(first[1]).toMatch(/### `[0-9a-f]{10}` translated\n\n> 决战脱贫摘帽 决胜全面小康/);
  });

  it('records the report on the entries it used by saving through the index cache, which stays current for the next command', async () => {
    const stripped = (await loadMemory(project.root)).entries().map((e) => ({ ...e, reports: [] }));
    await writeMemoryFile(project.root, stripped);
    await (await openMemoryIndex(project.root)).close();
    expect((await project.cli('build')).code).toBe(0);
    const keys = new Set(documentUnits(await loadSegmentedReport(project.root, 'fang')).map((u) => u.key));
    const after = (await loadMemory(project.root)).entries();
    expect(after.filter((e) => keys.has(e.key)).map((e) => e.reports)).toEqual([...keys].map(() => ['fang']));
    expect(after.map((e) => e.target)).toEqual(stripped.map((e) => e.target));
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(serialiseMemory(after));
    const opened = await openMemoryIndex(project.root);
    await opened.close();
    expect(opened.how).toBe('cache');
  });

  it('prints a memory entry’s translator’s note as a footnote, and sync keeps it when the English is edited', async () => {
    const doc = await loadSegmentedReport(project.root, 'fang');
    const unit = documentUnits(doc).find((u) => u.kind === 'sentence')!;
    const memory = await loadMemory(project.root);
    memory.upsert({ ...memory.get(unit.key)!, target: 'The county is poor.', footnote: 'A translator’s note for readers.' });
    await memory.save();
    await project.cli('build', 'fang');
    const en = await readFile(join(project.root, 'translations', 'fang.en.md'), 'utf8');
    expect(en).toContain('The county is poor.[^1]');
    expect(en.trimEnd().endsWith('[^1]: A translator’s note for readers.')).toBe(true);
    const bilingualPath = join(project.root, 'translations', 'fang.zh-en.md');
    const bilingual = await readFile(bilingualPath, 'utf8');
    expect(bilingual).toContain('\n*Translator\'s note:* A translator’s note for readers.\n');
    await writeFile(bilingualPath, bilingual.replace('\nThe county is poor.\n', '\nThe county is a poor one.\n'));
    expect((await project.cli('sync', 'fang')).code).toBe(0);
    expect((await loadMemory(project.root)).get(unit.key)).toMatchObject({ target: 'The county is a poor one.', footnote: 'A translator’s note for readers.' });
  });

  it('after one paragraph is edited, reuses every other segment and offers a fuzzy suggestion', async () => {
    const zhPath = join(project.root, 'corpus', 'fang', 'zh.md');
    const zh = await readFile(zhPath, 'utf8');
    await writeFile(zhPath, zh.replace('累计脱贫退出48181户141281人', '累计脱贫退出48182户141282人'));
    const result = await project.cli('build');
    expect(result.out).toMatch(/fang: 65\/66 translated \(1 fuzzy\)/);
    const bilingual = await readFile(join(project.root, 'translations', 'fang.zh-en.md'), 'utf8');
    expect(bilingual).toMatch(/`[0-9a-f]{10}` fuzzy/);
    expect(bilingual).toMatch(/\*suggestion 9\d% \(memory-fuzzy:9\d\)/);
  });

  it('refuses to re-ingest over a hand-edited zh.md without --force', async () => {
    const result = await project.cli('ingest', 'fang');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/edited by hand/);
    expect((await project.cli('ingest', 'fang', '--force')).code).toBe(0);
  });
});

describe('duizhao add', () => {
  it('copies the file byte for byte and refuses a bad id or an existing report', async () => {
    const source = await readFile(join(project.root, 'corpus', 'fang', 'source.txt'));
    expect(source.equals(await readFile(SEED))).toBe(true);
    expect((await project.cli('add', SEED, '--id', 'Bad Id')).code).toBe(2);
    expect((await project.cli('add', SEED, '--id', 'fang')).err).toMatch(/already exists/);
    expect(await readdir(join(project.root, 'corpus'))).toEqual(['fang']);
  });
});

describe('duizhao build: machine drafts in the English edition', () => {
  it('marks every machine draft, flagged or not, and counts them in the coverage', async () => {
    const drafts = await createTempProject();
    try {
      expect((await drafts.cli('add', SEED, '--id', 'fang')).code).toBe(0);
      const units = documentUnits(await loadSegmentedReport(drafts.root, 'fang'));
      const [clean, flagged, human] = [units[1]!, units[2]!, units[3]!];
      const memory = await loadMemory(drafts.root);
      memory.upsert({ key: clean.key, source: clean.source, target: 'A clean machine draft.', state: 'draft', origin: 'mt:openai', reports: ['fang'] });
      memory.upsert({ key: flagged.key, source: flagged.source, target: 'A flagged machine draft.', state: 'draft', origin: 'mt:openai', reports: ['fang'], flags: ['number/missing: 1 is not in the English'] });
      memory.upsert({ key: human.key, source: human.source, target: 'A human translation.', state: 'translated', origin: 'manual', reports: ['fang'] });
      await memory.save();
      expect((await drafts.cli('build')).code).toBe(0);
      const en = await readFile(join(drafts.root, 'translations', 'fang.en.md'), 'utf8');
      expect(en).toContain(`[DRAFT ${clean.id}: A clean machine draft.]`);
      expect(en).toContain(`[DRAFT ${flagged.id}: A flagged machine draft.]`);
      expect(en).toContain('A human translation.');
      expect(en).not.toContain(`[DRAFT ${human.id}`);
      expect(en).toMatch(/coverage: 1\/66 segments translated, 2 machine drafts, 63 untranslated/);
    } finally {
      await drafts.dispose();
    }
  });
});

describe('duizhao build with one broken report', () => {
  it('builds the others, names the broken one with how to fix it, and exits 2', async () => {
    const other = await createTempProject();
    try {
      expect((await other.cli('add', SEED, '--id', 'fang')).code).toBe(0);
      expect((await other.cli('add', join(SEEDS, '000_b3943f8056338c7e.txt'), '--id', 'qin')).code).toBe(0);
      await rm(join(other.root, 'corpus', 'fang', 'zh.md'));
      const result = await other.cli('build');
      expect(result.code).toBe(2);
      expect(result.err).toContain('duizhao: corpus/fang/zh.md does not exist.\nhint: Run duizhao ingest fang.');
      expect(result.out).toMatch(/^qin: 0\/\d+ translated/mu);
      expect(result.out).toContain('1 report built, 1 not built (fang)');
      expect(await readdir(join(other.root, 'translations'))).toEqual(expect.arrayContaining(['qin.en.md', 'qin.zh-en.md']));
      expect(await readdir(join(other.root, 'translations'))).not.toContain('fang.en.md');
    } finally {
      await other.dispose();
    }
  });
});
