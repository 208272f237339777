import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

// A report as a county office might paste it: a title, a kicker, a paragraph holding two, a
// paragraph the user wants glued to the next, a typo, a caption.
const SOURCE = [
  '静乐县：小杂粮做成大产业', // 1
  '', // 2
  '乡村振兴', // 3
  '', // 4
  '近年来，静乐县依托藜麦种植优势，建成万亩种植基地。同时引进加工企业三家，延长产业链条。', // 5
  '', // 6
  '截至目前，全县藜麦种植面积达到三万亩。', // 7
  '', // 8
  '这一产业，带动贫困户两千余户增收。', // 9
  '', // 10
  '合作社负责人李建平说，今年的订单已经排到了年底。', // 11
  '', // 12
  '藜麦收获现场', // 13
  '',
].join('\n');

describe('duizhao ingest over a hand-edited zh.md', () => {
  let project: TempProject;
  let zh: string;
  beforeEach(async () => {
    project = await createTempProject();
    const file = join(project.root, 'jingle.txt');
    await writeFile(file, SOURCE);
    expect((await project.cli('add', file, '--id', 'jingle')).code).toBe(0);
    zh = join(project.root, 'corpus', 'jingle', 'zh.md');
  });
  afterEach(async () => project.dispose());

  it('prints overrides.yaml entries that, pasted, reproduce every edit on the next ingest', async () => {
    const ingested = await readFile(zh, 'utf8');
    const edited = ingested
      .replace('# 静乐县：小杂粮做成大产业', '# 静乐县：小杂粮做成富民大产业') // title change
      .replace('## 乡村振兴\n', '<!-- subtitle -->\n\n乡村振兴\n') // kind change
      .replace('基地。同时引进', '基地。\n\n同时引进') // split
      .replace('三万亩。\n\n这一产业', '三万亩。这一产业') // join
      .replace('李建平说', '李建平介绍'); // text fix
    expect(edited).not.toBe(ingested);
    await writeFile(zh, edited);
    const refused = await project.cli('ingest', 'jingle');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('corpus/jingle/zh.md was edited by hand since it was ingested; not overwriting it.');
    expect(refused.err).toContain('title: "静乐县：小杂粮做成富民大产业"');
    expect(refused.err).toContain('  - split: { line: 5, at: "同时引进" }');
    expect(refused.err).toContain('  - join: { lines: [7, 9] }');
    expect(refused.err).toMatch(/ +- line: 3\n +type: subtitle/u);
    expect(refused.err).toMatch(/ +- line: 11\n +find: "[^"]*平说[^"]*"\n +replace: "[^"]*平介绍[^"]*"/u);
    const lines = refused.err.split('\n');
    const yaml = lines.slice(lines.findIndex((l) => l.includes('entries reproduce the edits')) + 1, lines.findIndex((l) => l.startsWith('hint:'))).map((l) => l.slice(4)).join('\n');
    await writeFile(join(project.root, 'corpus', 'jingle', 'overrides.yaml'), `${yaml}\n`);
    const again = await project.cli('ingest', 'jingle', '--force');
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(await readFile(zh, 'utf8')).toBe(edited);
  });
});
