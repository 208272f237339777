import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../../../test/helpers/temp-project.js';
import { loadSegmentedReport } from '../../app/corpus.js';
import { segmentBase } from '../../stages/render/bilingual-edition.js';
import { documentUnits } from '../../stages/segment/segment-document.js';
import { loadMemory, MEMORY_FILE } from '../../stores/memory-jsonl.js';

const REPORT = 'huguan-2019-taihang';
const TITLE = '弘扬太行精神 决胜脱贫攻坚 壶关篇';
const TITLE_EN = 'Carry Forward the Taihang Spirit, Win the Decisive Battle Against Poverty: Huguan';

describe('duizhao xliff', () => {
  let project: TempProject;
  let file: string;
  let memoryBefore: string;
  beforeEach(async () => {
    project = await createTempProject({ withCorpus: true });
    file = join(project.root, `${REPORT}.xlf`);
    memoryBefore = await readFile(join(project.root, MEMORY_FILE), 'utf8');
    expect((await project.cli('xliff', 'export', REPORT, '--out', file)).code).toBe(0);
  });
  afterEach(() => project.dispose());

  const edit = async (from: string, to: string): Promise<void> => {
    const xml = await readFile(file, 'utf8');
    expect(xml).toContain(from);
    await writeFile(file, xml.replace(from, to));
  };
  const titleKey = async (): Promise<string> => documentUnits(await loadSegmentedReport(project.root, REPORT))[0]!.key;

  it('exports one unit per segment with the memory’s English, and importing it unedited changes nothing', async () => {
    const segments = documentUnits(await loadSegmentedReport(project.root, REPORT));
    const xml = await readFile(file, 'utf8');
    expect(xml.match(/<trans-unit /g)).toHaveLength(segments.length);
    expect(xml).toContain(`<trans-unit id="${segments[0]!.id}" xml:space="preserve" approved="yes" dz:state="translated" dz:origin="manual" dz:base="${segmentBase('translated', TITLE_EN)}">\n        <source>${TITLE}</source>`);
    expect(xml).toContain('<note from="translator">glossary: 太行精神 = Taihang Spirit</note>');
    const { code, out } = await project.cli('xliff', 'import', file);
    expect(out).toBe(`imported (${REPORT}): 0 updated, ${segments.length} unchanged, 0 conflicts\n`);
    expect(code).toBe(0);
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(memoryBefore);
  });

  it('imports a file another tool re-wrote (no report, other unit ids, a PO header unit) with --report, matching units by their Chinese', async () => {
    const segments = documentUnits(await loadSegmentedReport(project.root, REPORT));
    const xml = (await readFile(file, 'utf8'))
      .replace(/ dz:report="[^"]*"/, '').replace('original="corpus/huguan-2019-taihang/zh.md"', 'original="h.po"')
      .replace(/<trans-unit id="[0-9a-f]{10}"/g, (_m) => `<trans-unit id="n${Math.random().toString(36).slice(2, 8)}"`)
      .replace('<body>', '<body><trans-unit id="1" restype="x-gettext-domain-header"><source>Project-Id-Version: x</source><target>Project-Id-Version: x</target></trans-unit>');
    await writeFile(file, xml);
    const refused = await project.cli('xliff', 'import', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('a <file> names no report');
    expect(refused.err).toContain('--report <slug>');
    const { code, out } = await project.cli('xliff', 'import', file, '--report', REPORT);
    expect(out).toBe(`imported (${REPORT}): 0 updated, ${segments.length} unchanged, 0 conflicts\n`);
    expect(code).toBe(0);
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(memoryBefore);
  });

  it('a target still holding a copy of the Chinese (--copy-source, left untranslated in OmegaT) changes nothing', async () => {
    expect((await project.cli('xliff', 'export', REPORT, '--copy-source', '--out', file)).code).toBe(0);
    const xml = await readFile(file, 'utf8');
    expect(xml).toContain(`<target state="new">${TITLE}</target>`);
    await writeFile(file, xml.replace(`<target state="new">${TITLE}</target>`, '<target state="translated">Huguan: the Taihang Spirit</target>'));
    const { code, out } = await project.cli('xliff', 'import', file);
    expect(out).toContain(`imported (${REPORT}): 1 updated, `);
    expect(code).toBe(0);
    expect((await loadMemory(project.root)).get(await titleKey())?.target).toBe('Huguan: the Taihang Spirit');
    const lines = (await readFile(join(project.root, MEMORY_FILE), 'utf8')).split('\n');
    expect(lines.filter((l) => !memoryBefore.includes(l))).toHaveLength(1);
  });

  it('brings an edited target into the memory as a manual translation; --dry-run writes nothing', async () => {
    await edit(`>${TITLE_EN}<`, '>Huguan County: carrying forward the Taihang Spirit to win the fight against poverty<');
    expect((await project.cli('xliff', 'import', file, '--dry-run')).out).toContain('would import (huguan-2019-taihang): 1 updated');
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(memoryBefore);
    const { code, out } = await project.cli('xliff', 'import', file);
    expect(out).toContain('1 updated');
    expect(code).toBe(0);
    const entry = (await loadMemory(project.root)).get(await titleKey());
    expect(entry).toMatchObject({ target: 'Huguan County: carrying forward the Taihang Spirit to win the fight against poverty', state: 'translated', origin: 'manual', reports: [REPORT] });
  });

  it('takes the file’s state when it is higher (signed-off → reviewed), even with the English unchanged', async () => {
    await edit(`<target state="translated">${TITLE_EN}`, `<target state="signed-off">${TITLE_EN}`);
    expect((await project.cli('xliff', 'import', file)).out).toContain('1 updated');
    expect((await loadMemory(project.root)).get(await titleKey())).toMatchObject({ target: TITLE_EN, state: 'reviewed', origin: 'manual' });
  });

  it('lists conflicts and changes nothing for them: changed source, unknown id, a reviewed translation in the way', async () => {
    const memory = await loadMemory(project.root);
    const key = await titleKey();
    memory.upsert({ ...memory.get(key)!, state: 'reviewed' });
    await memory.save();
    const reviewed = await readFile(join(project.root, MEMORY_FILE), 'utf8');
    expect((await project.cli('xliff', 'export', REPORT, '--out', file)).code).toBe(0);
    await edit(`<target state="signed-off">${TITLE_EN}<`, '<target state="translated">A translator’s rewrite<');
    await edit('<source>打造四色品牌 实现稳定增收</source>', '<source>打造五色品牌 实现稳定增收</source>');
    await edit('<trans-unit id="da3b3c1e50"', '<trans-unit id="ffffffffff"');
    await edit('<source>壶关县全面实施', '<source>全县全面实施');
    await edit('<trans-unit id="24a539087c"', '<trans-unit id="eeeeeeeeee"');
    const { code, out } = await project.cli('xliff', 'import', file);
    expect(code).toBe(1);
    expect(out).toContain('3 conflicts');
    expect(out).toContain(`unit ffffffffff: ${REPORT} has no segment with this id or this Chinese`);
    expect(out).not.toContain('unit eeeeeeeeee'); // an unknown id with the report's Chinese is matched by the Chinese
    expect(out).toContain('unit 5c57349ebf: the source no longer matches the report\'s segment "打造四色品牌 实现稳定增收"');
    expect(out).toContain(`the memory has reviewed English and the edited unit is only translated; not replaced. Mark the unit as reviewed (signed-off) or final to replace it.\n    memory (reviewed, manual): ${TITLE_EN}\n    file   (translated, manual): A translator’s rewrite\n`);
    expect(await readFile(join(project.root, MEMORY_FILE), 'utf8')).toBe(reviewed);
  });

  it('exits 2 on malformed XML and says where', async () => {
    await edit(`>${TITLE_EN}<`, '>R&D<');
    const { code, err } = await project.cli('xliff', 'import', file);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`${REPORT}\\.xlf:10:\\d+: not well-formed XML`));
  });

  it('exits 2 for an unknown report', async () => {
    const { code, err } = await project.cli('xliff', 'export', 'no-such-report');
    expect(code).toBe(2);
    expect(err).toContain('Unknown report: no-such-report');
  });
});
