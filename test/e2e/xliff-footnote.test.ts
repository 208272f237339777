import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMemory, MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const REPORT = 'huguan-2019-taihang';
// A segment whose memory entry carries a translator's note, and one whose entry has none.
const WULONG = '五龙乡创新工作举措，压实帮扶责任，统筹组织乡村两级干部、驻村工作队、第一书记共计450余人参与脱贫工作，先后帮助贫困户解决困难问题3500余个、办实事3000余件。';
const NOTE = 'The source lists only the first three of the six priorities.';
const EDITED = 'The source lists only three of the six priorities it announces.';

describe('translator\'s notes through XLIFF export and import', () => {
  let project: TempProject;
  let original: string;
  const path = (name: string) => join(project.root, name);
  const memoryEntry = async (chinese: string) => (await loadMemory(project.root)).get(segmentKey(chinese));
  const edit = async (from: string, to: string) => {
    expect(original).toContain(from);
    await writeFile(path('edited.xlf'), original.replace(from, to));
    return project.cli('xliff', 'import', path('edited.xlf'));
  };
  beforeEach(async () => {
    project = await createTempProject({ withCorpus: true });
    expect((await memoryEntry(WULONG))?.footnote).toBe(NOTE);
    expect((await project.cli('xliff', 'export', REPORT, '--out', path('original.xlf'))).code).toBe(0);
    original = await readFile(path('original.xlf'), 'utf8');
  });
  afterEach(() => project.dispose());

  it('exports the note as <note from="translator" annotates="target"> with dz:footnote-base; an edited note reaches the memory and the English edition', async () => {
    expect(original).toMatch(/<trans-unit [^>]*dz:base="[0-9a-f]{8}" dz:footnote-base="[0-9a-f]{8}">/);
    expect(original).toContain(`<note from="translator" annotates="target">${NOTE}</note>`);
    const { code, out } = await edit(`annotates="target">${NOTE}<`, `annotates="target">${EDITED}<`);
    expect(out).toMatch(/: 1 updated, \d+ unchanged, 0 conflicts\n$/);
    expect(code).toBe(0);
    expect(await memoryEntry(WULONG)).toMatchObject({ footnote: EDITED, state: 'translated' });
    expect((await project.cli('build', REPORT)).code).toBe(0);
    expect(await readFile(path(`translations/${REPORT}.en.md`), 'utf8')).toMatch(new RegExp(`\\n\\[\\^\\d+\\]: ${EDITED}\\n`));
  }, 60_000);

  it('a note deleted in the file is removed from the memory; re-importing the original export changes nothing', async () => {
    const { code } = await edit(`\n        <note from="translator" annotates="target">${NOTE}</note>`, '');
    expect(code).toBe(0);
    expect(await memoryEntry(WULONG)).not.toHaveProperty('footnote');
    const before = await readFile(path(MEMORY_FILE), 'utf8');
    const again = await project.cli('xliff', 'import', path('original.xlf'));
    expect(again.out).toMatch(/: 0 updated, \d+ unchanged, 0 conflicts\n$/);
    expect(await readFile(path(MEMORY_FILE), 'utf8')).toBe(before);
  }, 60_000);

  it('a note added in a CAT tool to a unit without one is added to the memory', async () => {
    const title = (await loadMemory(project.root)).entries().find((e) => e.reports.includes(REPORT) && !e.footnote && original.includes(`<target state="translated">${e.target}</target>`))!;
    const unit = `<target state="translated">${title.target}</target>`;
    const { code } = await edit(unit, `${unit}\n        <note from="translator" annotates="target">Added in a CAT tool.</note>`);
    expect(code).toBe(0);
    expect((await loadMemory(project.root)).get(title.key)?.footnote).toBe('Added in a CAT tool.');
  }, 60_000);

  it('a note edited in the file and changed in the memory since the export is a listed conflict; the memory keeps its note', async () => {
    const memory = await loadMemory(project.root);
    const { created: _c, updated: _u, ...kept } = memory.get(segmentKey(WULONG))!;
    memory.upsert({ ...kept, footnote: 'Changed in the memory since the export.' });
    await memory.save();
    const before = await readFile(path(MEMORY_FILE), 'utf8');
    const { code, out } = await edit(`annotates="target">${NOTE}<`, `annotates="target">${EDITED}<`);
    expect(code).toBe(1);
    expect(out).toMatch(/edited\.xlf: unit [0-9a-f]{10}: translator's note changed both here and in the memory since this copy was made \(the memory now has "Changed in the memory since the export\.?"\)/);
    expect(await readFile(path(MEMORY_FILE), 'utf8')).toBe(before);
  }, 60_000);
});
