import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSegmentedReport } from '../../src/app/corpus.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { REPO_ROOT } from '../helpers/paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'ingest');
const OURS = /^(?:web|docx|text-escaped)-/;
const FORMAT_OF: Record<string, string> = { html: 'html', docx: 'docx', txt: 'text' };

/** Every web-*, docx-* and text-escaped-* fixture with its one source file. */
const CASES = readdirSync(FIXTURES)
  .filter((name) => OURS.test(name))
  .map((name) => {
    const source = readdirSync(join(FIXTURES, name)).find((f) => f.startsWith('source.'))!;
    return { name, source, ext: source.split('.').pop()! };
  });

describe('duizhao add: HTML, Word and text exports through the CLI', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject();
  });
  afterAll(async () => project.dispose());

  it('covers at least eight fixtures, of every format', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CASES.map((c) => c.ext))).toEqual(new Set(['html', 'docx', 'txt']));
  });

  it.each(CASES)('$name: source.<ext> kept byte for byte, format recorded, zh.md free of markup and escapes', async ({ name, source, ext }) => {
    const result = await project.cli('add', join(FIXTURES, name, source), '--id', name);
    expect(result.code, result.err).toBe(0);
    const dir = join(project.root, 'corpus', name);
    expect((await readFile(join(dir, `source.${ext}`))).equals(readFileSync(join(FIXTURES, name, source)))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('source.'))).toEqual([`source.${ext}`]);
    expect(await readFile(join(dir, 'report.yaml'), 'utf8')).toMatch(new RegExp(`^format: ${FORMAT_OF[ext]}$`, 'm'));
    const doc = await loadSegmentedReport(project.root, name);
    const segments = doc.paragraphs.flatMap((p) => p.units.map((u) => u.source));
    expect(segments.length).toBeGreaterThan(3);
    for (const segment of segments) {
      expect(segment).not.toMatch(/<\/?[a-z][a-z0-9]*\b[^>]*>|&(?:lt|gt|amp|nbsp|quot);|\\[rnt]/i);
    }
    const zh = await readFile(join(dir, 'zh.md'), 'utf8');
    expect(zh.replace(/<!-- [a-z]+(?: \S+)? -->/g, '')).not.toMatch(/</);
  });

  it('a web page: extracted.txt holds the text read, and repairs.txt lists the dropped furniture with its reason', async () => {
    const dir = join(project.root, 'corpus', 'web-gov-county-page');
    const extracted = await readFile(join(dir, 'extracted.txt'), 'utf8');
    expect(extracted.split('\n')[6]).toBe('当前位置： 首页 > 政务公开 > 乡村振兴');
    const repairs = await readFile(join(dir, 'repairs.txt'), 'utf8');
    expect(repairs).toContain('# Every repair duizhao ingest made to extracted.txt');
    expect(repairs).toContain('corpus/web-gov-county-page/extracted.txt:7 (corpus/web-gov-county-page/source.html:26): info ingest/furniture: dropped: breadcrumb (class="breadcrumb")');
    expect(repairs).toMatch(/ingest\/furniture: dropped: share widget \(class="bdsharebuttonbox"\)/);
    const zh = await readFile(join(dir, 'zh.md'), 'utf8');
    expect(zh.startsWith('# 石泉县多措并举推进产业振兴 脱贫群众持续增收\n')).toBe(true);
    for (const furniture of ['当前位置', '分享到', '打印本页', '相关文章', '设为首页', 'ICP备']) expect(zh).not.toContain(furniture);
  });

  it('re-ingesting reads source.<ext> again and gives the same zh.md', async () => {
    const zh = join(project.root, 'corpus', 'docx-heading-styles', 'zh.md');
    const before = await readFile(zh, 'utf8');
    const result = await project.cli('ingest', 'docx-heading-styles', 'web-gbk-table-page', 'text-escaped-cms-export');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('docx-heading-styles: ');
    expect(result.out).toContain(', docx, binary');
    expect(result.out).toContain('web-gbk-table-page: ');
    expect(result.out).toContain(', html, gb18030');
    expect(await readFile(zh, 'utf8')).toBe(before);
  });

  it('two source files in one report are refused, naming both, not guessed between', async () => {
    const dir = join(project.root, 'corpus', 'web-title-differs');
    await writeFile(join(dir, 'source.txt'), '另一份文本。\n');
    const result = await project.cli('ingest', 'web-title-differs');
    expect(result.code).toBe(2);
    expect(result.err).toContain('corpus/web-title-differs holds source.html and source.txt; ingest reads one source file.');
    expect(result.err).toContain('hint: Keep source.html and move the others out of corpus/web-title-differs/.');
  });
});
