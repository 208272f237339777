import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { segmentBase } from '../../src/stages/render/bilingual-edition.js';
import { documentUnits } from '../../src/stages/segment/segment-document.js';
import { loadMemory, MEMORY_FILE } from '../../src/stores/memory-jsonl.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const REPORT = 'huguan-2019-taihang';
const FIRST = 'Huguan County: carrying forward the Taihang Spirit to win the fight against poverty';
const SECOND = 'Huguan: the Taihang Spirit and the fight against poverty';

describe('duizhao xliff import of a stale or repeated export', () => {
  let project: TempProject;
  let original: string;
  let units: number;
  /** The title's English in the project memory (read, not copied, so a revised headline does not break the test). */
  let TITLE_EN: string;
  const path = (name: string) => join(project.root, name);
  const memoryText = () => readFile(path(MEMORY_FILE), 'utf8');
  const titleKey = async () => documentUnits(await loadSegmentedReport(project.root, REPORT))[0]!.key;
  /** A copy of the original export with the title's English replaced. */
  const copy = async (name: string, from: string, to: string) => {
    expect(original).toContain(from);
    await writeFile(path(name), original.replace(from, to));
    return path(name);
  };
  beforeEach(async () => {
    project = await createTempProject({ withCorpus: true });
    expect((await project.cli('xliff', 'export', REPORT, '--out', path('original.xlf'))).code).toBe(0);
    original = await readFile(path('original.xlf'), 'utf8');
    units = documentUnits(await loadSegmentedReport(project.root, REPORT)).length;
    TITLE_EN = (await loadMemory(project.root)).get(await titleKey())!.target;
  });
  afterEach(() => project.dispose());

  it('writes the base each unit was exported with as dz:base, the hash sync uses for its markers', async () => {
    expect(original).toContain(`dz:base="${segmentBase('translated', TITLE_EN)}"`);
    expect(original.match(/<trans-unit [^>]*dz:base="[0-9a-f]{8}"/g)).toHaveLength(units);
  });

  it('two copies edited in the same unit: the first is imported, the second is a conflict showing both texts', async () => {
    const one = await copy('one.xlf', `>${TITLE_EN}<`, `>${FIRST}<`);
    const two = await copy('two.xlf', `>${TITLE_EN}<`, `>${SECOND}<`);
    const first = await project.cli('xliff', 'import', one);
    expect(first.out).toBe(`imported (${REPORT}): 1 updated, ${units - 1} unchanged, 0 conflicts\n`);
    expect(first.code).toBe(0);
    const afterFirst = await memoryText();

    const second = await project.cli('xliff', 'import', two);
    expect(second.code).toBe(1);
    expect(second.out).toContain(`imported (${REPORT}): 0 updated, ${units - 1} unchanged, 1 conflict\n`);
    expect(second.out).toMatch(/two\.xlf: unit [0-9a-f]{10}: the memory's English changed since this file was exported; not imported\./);
    expect(second.out).toContain(`    memory (translated, manual): ${FIRST}\n    file   (translated, manual): ${SECOND}\n`);
    expect(await memoryText()).toBe(afterFirst);
    expect((await loadMemory(project.root)).get(await titleKey())?.target).toBe(FIRST);
  });

  it('re-importing the unedited original export after a newer edit changes nothing: every unit is a no-op', async () => {
    expect((await project.cli('xliff', 'import', await copy('one.xlf', `>${TITLE_EN}<`, `>${FIRST}<`))).code).toBe(0);
    const afterFirst = await memoryText();
    const { code, out } = await project.cli('xliff', 'import', path('original.xlf'));
    expect(out).toBe(`imported (${REPORT}): 0 updated, ${units} unchanged, 0 conflicts\n`);
    expect(code).toBe(0);
    expect(await memoryText()).toBe(afterFirst);
  });

  it('an edited unit whose memory entry is as it was exported is updated', async () => {
    const { code, out } = await project.cli('xliff', 'import', await copy('one.xlf', `>${TITLE_EN}<`, `>${FIRST}<`));
    expect(out).toContain('1 updated');
    expect(code).toBe(0);
    expect((await loadMemory(project.root)).get(await titleKey())).toMatchObject({ target: FIRST, state: 'translated', origin: 'manual' });
  });

  it('a unit that comes back without dz:base cannot be checked: different human English is a conflict, not an update', async () => {
    const stripped = original.replace(/ dz:base="[0-9a-f]+"/g, '');
    await writeFile(path('vendor.xlf'), stripped.replace(`>${TITLE_EN}<`, `>${FIRST}<`));
    const before = await memoryText();
    const { code, out } = await project.cli('xliff', 'import', path('vendor.xlf'));
    expect(code).toBe(1);
    expect(out).toMatch(/vendor\.xlf: unit [0-9a-f]{10}: this unit has no dz:base/);
    expect(out).toContain(`    memory (translated, manual): ${TITLE_EN}\n    file   (translated, manual): ${FIRST}\n`);
    expect(await memoryText()).toBe(before);
  });

  it('memory import of the report’s own XLIFF export changes nothing (notes and timestamps kept)', async () => {
    const before = await memoryText();
    const { code, out } = await project.cli('memory', 'import', path('original.xlf'));
    expect(out).toMatch(/^imported: 0 added, 0 updated, \d+ unchanged, 0 conflicts, 0 skipped\n$/);
    expect(code).toBe(0);
    expect(await memoryText()).toBe(before);
  });
});
