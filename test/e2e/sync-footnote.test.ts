import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { segmentBlock } from '../helpers/bilingual-block.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SLUG = 'fangxian-2020-secretary';
const EDITION = `translations/${SLUG}.zh-en.md`;
const ENGLISH_EDITION = `translations/${SLUG}.en.md`;
const MEMORY = 'translations/memory/memory.jsonl';
const INCOME = '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；';
const NOTE = 'The source gives the income figure without saying which year it refers to.';

let project: TempProject;
let built: string;
const read = (path: string) => readFile(join(project.root, path), 'utf8');
const write = (path: string, text: string) => writeFile(join(project.root, path), text);

/** Puts a translator's note line under the segment's English (before its marker). */
function withNoteLine(edition: string, chinese: string, line: string): string {
  const block = segmentBlock(edition, chinese);
  return edition.replace(block, block.replace(/\n<!-- duizhao /, `\n${line}\n\n<!-- duizhao `));
}

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  expect((await project.cli('build', SLUG)).code).toBe(0);
  built = await read(EDITION);
}, 120_000);
afterAll(async () => project.dispose());
beforeEach(async () => write(EDITION, built));

describe('translator\'s notes through the bilingual edition and sync', () => {
  it('adds a note written in the edition to the memory; the rebuilt English edition prints it as a footnote; deleting the line removes it', async () => {
    await write(EDITION, withNoteLine(built, INCOME, `*Translator's note:* ${NOTE}`));
    const result = await project.cli('sync', SLUG);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`[0-9a-f]{10}: translated → translated\\n    translator's note: ${NOTE}\\n`));
    const entry = (await loadMemory(project.root)).get(segmentKey(INCOME));
    expect(entry).toMatchObject({ footnote: NOTE, state: 'translated', target: expect.stringMatching(/^Over the past five years/) });

    expect((await project.cli('build', SLUG)).code).toBe(0);
    const english = await read(ENGLISH_EDITION);
    expect(english).toMatch(/11,109 yuan[^\n]*\[\^1\]/);
    expect(english).toContain(`[^1]: ${NOTE}`);
    const rebuilt = await read(EDITION);
    expect(segmentBlock(rebuilt, INCOME)).toMatch(new RegExp(`\\*Translator's note:\\* ${NOTE}\\n\\n<!-- duizhao id=[0-9a-f]{10} base=[0-9a-f]{8} note=[0-9a-f]{8} -->`));
    expect((await project.cli('sync', SLUG)).out).toBe('no changes in 1 file\n');

    await write(EDITION, rebuilt.replace(`*Translator's note:* ${NOTE}\n\n`, ''));
    const removed = await project.cli('sync', SLUG);
    expect(removed.code).toBe(0);
    expect(removed.out).toContain("translator's note removed");
    expect((await loadMemory(project.root)).get(segmentKey(INCOME))).not.toHaveProperty('footnote');
    expect((await project.cli('build', SLUG)).code).toBe(0);
    expect(await read(ENGLISH_EDITION)).not.toContain('[^1]');
    built = await read(EDITION);
  }, 120_000);

  it('lists a note edited both in the edition and in the memory since the build as a conflict and writes nothing', async () => {
    const memory = await loadMemory(project.root);
    const entry = memory.get(segmentKey(INCOME))!;
    const { created: _c, updated: _u, ...kept } = entry;
    memory.upsert({ ...kept, footnote: 'A note written in the memory since the build.' });
    await memory.save();
    const before = await read(MEMORY);
    await write(EDITION, withNoteLine(built, INCOME, `Translator's note: ${NOTE}`));
    const result = await project.cli('sync', SLUG);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`${EDITION}:\\d+: [0-9a-f]{10}: translator's note changed both here and in the memory since this copy was made \\(the memory now has "A note written in the memory`));
    expect(await read(MEMORY)).toBe(before);
  }, 60_000);
});
