import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { REPO_ROOT } from '../helpers/paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'ingest');

describe('duizhao add: the "need a look" summary lists every uncertain decision with file:line', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await createTempProject();
  });
  afterEach(async () => project.dispose());

  it('a pasted web page: each dropped piece of furniture is counted, listed and written to repairs.txt', async () => {
    const result = await project.cli('add', join(FIXTURES, 'text-web-paste-furniture', 'source.txt'), '--id', 'web');
    expect(result.code).toBe(0);
    expect(result.out).toContain('(10 need a look)');
    expect(result.out).toContain('  need a look: 10 (furniture dropped 10)');
    const file = 'corpus/web/source.txt';
    for (const line of [1, 2, 5, 7, 15, 16, 17, 18, 19, 20]) expect(result.out).toContain(`      ${file}:${line}: warning ingest/furniture: `);
    const repairs = await readFile(join(project.root, 'corpus', 'web', 'repairs.txt'), 'utf8');
    expect(repairs).toContain(`${file}:2: warning ingest/furniture: web-breadcrumb: breadcrumb (site navigation); dropped (当前位置：首页 > 政务公开 > 乡村振兴 >> 正文 → (dropped))`);
    expect(repairs).toContain(`${file}:7: warning ingest/furniture: web-original-title: 原标题 label dropped, the original headline kept (原标题：平川县食用菌产业带动三千余户群众增收 → 平川县食用菌产业带动三千余户群众增收)`);
  });

  it('a newspaper page: the title choice and the split caption are listed by kind', async () => {
    const result = await project.cli('add', join(FIXTURES, 'text-newspaper-captions', 'source.txt'), '--id', 'paper');
    expect(result.out).toContain('  need a look: 3 (title choice 1, caption or paragraph 2)');
    expect(result.out).toMatch(/ {6}corpus\/paper\/source\.txt:2: warning ingest\/title-uncertain: title "石门县：茶产业铺就群众增收路" chosen on weak evidence: 1 line before it \(from line 1\)/u);
    expect(result.out).toContain('corpus/paper/source.txt:9: warning ingest/split-line: news-photo-credit:');
  });
});
