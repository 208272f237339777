import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { SEEDS } from '../helpers/paths.js';

const SEED = join(SEEDS, '004_7bea98d680bfecd6.txt');

describe('duizhao ingest: the summary matches the outcome', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await createTempProject();
    expect((await project.cli('add', SEED, '--id', 'fang')).code).toBe(0);
    expect((await project.cli('add', SEED, '--id', 'fang-copy')).code).toBe(0);
  });
  afterEach(async () => project.dispose());

  it('a hand-edited zh.md is reported skipped, with the reason, and not counted as ingested', async () => {
    const zh = join(project.root, 'corpus', 'fang', 'zh.md');
    await writeFile(zh, `${await readFile(zh, 'utf8')}\n手改的一句。\n`);
    const edited = await readFile(zh, 'utf8');
    const result = await project.cli('ingest', 'fang');
    expect(result.code).toBe(2);
    expect(result.err).toContain('corpus/fang/zh.md was edited by hand since it was ingested; not overwriting it.');
    expect(result.out).toContain('0 reports ingested, 1 skipped (fang: zh.md was edited by hand)');
    expect(result.out).not.toContain('1 report ingested');
    expect(await readFile(zh, 'utf8')).toBe(edited);
  });

  it('the other reports are still ingested and counted', async () => {
    const zh = join(project.root, 'corpus', 'fang', 'zh.md');
    await writeFile(zh, `${await readFile(zh, 'utf8')}\n手改的一句。\n`);
    const result = await project.cli('ingest');
    expect(result.code).toBe(2);
    expect(result.out).toContain('fang-copy: ');
    expect(result.out).toMatch(/^1 report ingested, 1 skipped \(fang: zh\.md was edited by hand\), \d+ repairs/m);
  });

  it('a deleted source.txt is an input error naming the file and what to do, not an internal error', async () => {
    await rm(join(project.root, 'corpus', 'fang', 'source.txt'));
    const result = await project.cli('ingest');
    expect(result.code).toBe(2);
    expect(result.err).not.toContain('internal error');
    expect(result.err).toContain('duizhao: corpus/fang/source.txt is missing: ingest reads the report from it.');
    expect(result.err).toContain('hint: Restore it (git checkout -- corpus/fang/source.txt)');
    expect(result.out).toMatch(/^1 report ingested, 1 skipped \(fang: source\.txt is missing\)/m);
  });
});
