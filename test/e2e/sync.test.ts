import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { segmentBlock } from '../helpers/bilingual-block.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SLUG = 'fangxian-2020-secretary';
const EDITION = `translations/${SLUG}.zh-en.md`;
const MEMORY = 'translations/memory/memory.jsonl';
// Two sentences of the Fang County report with their English in the repository's memory.
const INCOME = '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；';
const ROADS = '新建农村公路2056公里，总通车里程5472公里，实现村村通水泥路、通客车；';

let project: TempProject;
let built: string;
const read = (path: string) => readFile(join(project.root, path), 'utf8');
const write = (path: string, text: string) => writeFile(join(project.root, path), text);

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  expect((await project.cli('build')).code).toBe(0);
  built = await read(EDITION);
}, 120_000);
afterAll(async () => project.dispose());
beforeEach(async () => write(EDITION, built));

describe('duizhao sync', () => {
  it('finds nothing to do in freshly built editions of every report', async () => {
    const result = await project.cli('sync');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe('no changes in 5 files\n');
  });

  it('stores an edited English as translated and a status change as reviewed; the next build shows both', async () => {
    const income = segmentBlock(built, INCOME);
    const roads = segmentBlock(built, ROADS);
    const editedIncome = income.replace(/\n\nOver the past five years[^\n]*\n/, '\n\nIn the past five years, rural per capita disposable income\nrose 9.98 percent a year on average, to 11,109 yuan.\n');
    const editedRoads = roads.replace('` translated', '` reviewed');
    expect(editedIncome).not.toBe(income);
    await write(EDITION, built.replace(income, editedIncome).replace(roads, editedRoads));
    const before = await read(MEMORY);

    const dry = await project.cli('sync', SLUG, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/dry run: 2 segments would change/);
    expect(await read(MEMORY)).toBe(before);

    const result = await project.cli('sync', SLUG);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`${EDITION}:\\d+ [0-9a-f]{10}: translated → translated \\(English edited\\)\\n    - Over the past five years`));
    expect(result.out).toMatch(/[0-9a-f]{10}: translated → reviewed\n/);
    expect(result.out).toContain('synced 2 segments into the memory');

    const memory = await loadMemory(project.root);
    const income2 = memory.get(segmentKey(INCOME));
    expect(income2).toMatchObject({ target: 'In the past five years, rural per capita disposable income rose 9.98 percent a year on average, to 11,109 yuan.', state: 'translated', origin: 'manual' });
    const roads2 = memory.get(segmentKey(ROADS));
    expect(roads2?.state).toBe('reviewed');
    expect(roads2?.target).toMatch(/^A total of 2,056 kilometers of new rural roads/);

    expect((await project.cli('build', SLUG)).code).toBe(0);
    const rebuilt = await read(EDITION);
    expect(segmentBlock(rebuilt, INCOME)).toMatch(/` translated\n\n> .*\n\nIn the past five years, rural per capita disposable income rose 9\.98 percent/);
    expect(segmentBlock(rebuilt, ROADS)).toMatch(/^### `[0-9a-f]{10}` reviewed\n/);
    expect((await project.cli('sync', SLUG)).out).toBe('no changes in 1 file\n');
    built = rebuilt;
  });

  it.each([
    ['a deleted segment heading', (e: string) => e.replace(/### `[0-9a-f]{10}` \w+\n\n(?=> 新建农村公路2056公里)/, ''), /missing from the file|second Chinese quote/],
    ['an altered id', (e: string) => e.replace(/### `[0-9a-f]{10}`( \w+\n\n> 新建农村公路2056公里)/, '### `0123456789`$1'), /0123456789: (id altered|unknown id)/],
    ['a changed Chinese quote', (e: string) => e.replace(`> ${ROADS}`, `> ${ROADS.replace('2056', '2065')}`), /the quoted Chinese differs/],
    ['a missing Chinese quote', (e: string) => e.replace(`> ${ROADS}\n\n`, ''), /the Chinese quote \(> …\) under this heading is missing/],
    ['a duplicated segment', (e: string) => e.replace(segmentBlock(e, ROADS), segmentBlock(e, ROADS).repeat(2)), /duplicate id: also at line \d+/],
    ['a status lowered by hand', (e: string) => e.replace(/` reviewed(\n\n> 新建农村公路)/, '` translated$1'), /would lower reviewed to translated/],
    ['a reviewer writing draft', (e: string) => e.replace(/` translated(\n\n> 5年来)/, '` draft$1'), /status "draft" is refused/],
  ])('stops on %s, lists the conflict with file:line and writes nothing', async (_name, mangle, message) => {
    const edited = mangle(built);
    expect(edited).not.toBe(built);
    await write(EDITION, edited.replace(/(> 房县是国家重点贫困县、全省深度贫困县。\n\n)Fang County/, '$1The county of Fang'));
    const before = await read(MEMORY);
    const result = await project.cli('sync', SLUG);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing was written/);
    expect(result.err).toMatch(new RegExp(`${EDITION.replace('.', '\\.')}:\\d+: `));
    expect(result.err).toMatch(message);
    expect(await read(MEMORY)).toBe(before);
  });

  it('stops when the Chinese changed in the corpus since the edition was built', async () => {
    const zhPath = `corpus/${SLUG}/zh.md`;
    const zh = await read(zhPath);
    await write(zhPath, zh.replace('新建农村公路2056公里', '新建农村公路2057公里'));
    const before = await read(MEMORY);
    const result = await project.cli('sync', SLUG);
    await write(zhPath, zh);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/the Chinese source changed since this edition was built/);
    expect(result.err).toMatch(/is missing from the file/);
    expect(await read(MEMORY)).toBe(before);
  });

  it.each([
    ['URLs and e-mail addresses', 'Fang County is a key county (see http://www.gov.cn/ or mail info@gov.cn).'],
    ['a bare www. domain and an image', 'Fang County is a key county: www.gov.cn ![map](https://x.cn/m.png) <b>&amp; *not* emphasis_</b>'],
  ])('leaves English with %s that nobody edited exactly as it is in the memory', async (_name, english) => {
    const FANG = '房县是国家重点贫困县、全省深度贫困县。';
    const lines = (await read(MEMORY)).split('\n').map((line) => {
      if (!line.startsWith(`{"key":"${FANG}"`)) return line;
      return JSON.stringify({ ...JSON.parse(line), target: english, state: 'translated', origin: 'manual' });
    });
    await write(MEMORY, lines.join('\n'));
    expect((await project.cli('build', SLUG)).code).toBe(0);
    const before = await read(MEMORY);
    const result = await project.cli('sync', SLUG);
    expect(result.err).toBe('');
    expect(result.out).toBe('no changes in 1 file\n');
    expect(await read(MEMORY)).toBe(before);
    expect((await loadMemory(project.root)).get(segmentKey(FANG))?.target).toBe(english);
    built = await read(EDITION);
  });

  it.each([
    ['a machine draft', (e: Record<string, unknown>) => ({ ...e, state: 'draft', origin: 'mt:fake' })],
    ['a missing segment', () => undefined],
  ])('treats %s edited once and synced twice before a build as a no-op the second time', async (_name, change) => {
    const FANG = '房县是国家重点贫困县、全省深度贫困县。';
    const lines = (await read(MEMORY)).split('\n').flatMap((line) => {
      if (!line.startsWith(`{"key":"${FANG}"`)) return [line];
      const next = change(JSON.parse(line));
      return next ? [JSON.stringify(next)] : [];
    });
    await write(MEMORY, lines.join('\n'));
    expect((await project.cli('build', SLUG)).code).toBe(0);
    const edition = await read(EDITION);
    const block = segmentBlock(edition, FANG);
    const edited = block.replace(/(> 房县是国家重点贫困县、全省深度贫困县。\n\n)(?:[^*<\n][^\n]*\n\n)?/, '$1Fang County, edited by hand.\n\n');
    expect(edited).not.toBe(block);
    await write(EDITION, edition.replace(block, edited));
    const first = await project.cli('sync', SLUG);
    expect(first.err).toBe('');
    expect(first.out).toContain('synced 1 segment into the memory');
    const after = await read(MEMORY);
    const second = await project.cli('sync', SLUG);
    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    expect(second.out).toBe('no changes in 1 file\n');
    expect(await read(MEMORY)).toBe(after);
    expect((await loadMemory(project.root)).get(segmentKey(FANG))).toMatchObject({ target: 'Fang County, edited by hand.', state: 'translated', origin: 'manual' });
    expect((await project.cli('build', SLUG)).code).toBe(0);
    built = await read(EDITION);
  });

  it('refuses an edition over the size cap at once, naming the file, its size, the limit and what to do', async () => {
    await write(EDITION, `${built}<!--${' '.repeat(21 * 1024 * 1024)}-->\n`);
    const before = await read(MEMORY);
    const result = await project.cli('sync', SLUG);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${EDITION} is 21 MB; this command reads files up to 20 MB.`);
    expect(result.err).toMatch(/duizhao build fangxian-2020-secretary/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(await read(MEMORY)).toBe(before);
  });

  it('refuses an edit to a segment the memory changed since the build', async () => {
    const memory = await loadMemory(project.root);
    const entry = memory.get(segmentKey(INCOME));
    memory.upsert({ ...entry!, target: 'Changed on the review page.', state: 'approved', origin: 'manual' });
    await memory.save();
    const income = segmentBlock(built, INCOME);
    await write(EDITION, built.replace(income, income.replace('In the past five years', 'Over five years')));
    const before = await read(MEMORY);
    const result = await project.cli('sync', SLUG);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/changed both here and in the memory since the edition was built \(the memory now has approved: "Changed on the review page\."\)/);
    expect(await read(MEMORY)).toBe(before);
  });
});
