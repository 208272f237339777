import { describe, expect, it } from 'vitest';
import { readsSourceLines } from './convert-source.js';
import { convertText } from './convert-text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('convertText: escapes and markup in text exports', () => {
  it('plain text is read as it is (no origins: diagnostics point at source.txt)', async () => {
    const c = await convertText(utf8('县情概况\n\n全县共有脱贫村42个。\n'), 'source.txt');
    expect(c.text).toBe('县情概况\n\n全县共有脱贫村42个。\n');
    expect(readsSourceLines(c)).toBe(true);
    expect(c.diagnostics).toEqual([]);
  });

  it('literal \\r\\n, \\n and \\t are decoded into the lines they encode, each repair logged, each line traced to source.txt', async () => {
    const c = await convertText(utf8('标题行\n第一段全县脱贫。\\r\\n第二段\\t巩固成果。\\n第三段持续增收。\n'), 'source.txt');
    expect(c.text).toBe('标题行\n第一段全县脱贫。\n第二段\t巩固成果。\n第三段持续增收。\n');
    expect([...c.origins]).toEqual([[1, 'source.txt:1'], [2, 'source.txt:2'], [3, 'source.txt:2'], [4, 'source.txt:2'], [5, 'source.txt:3']]);
    expect(readsSourceLines(c)).toBe(false);
    expect(c.diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest/text-escapes', line: 2, reason: 'literal escape sequences decoded (1 × \\r\\n, 1 × \\t, 1 × \\n)' })]);
  });

  it('a single \\n in ordinary text is left alone (it needs two to be an export\'s escapes)', async () => {
    const c = await convertText(utf8('文件存放于 D:\\new 目录，全县共有脱贫村42个。\n'), 'source.txt');
    expect(c.text).toBe('文件存放于 D:\\new 目录，全县共有脱贫村42个。\n');
    expect(readsSourceLines(c)).toBe(true);
  });

  it('markup escaped as entities is decoded and read as blocks, with no tag or entity left', async () => {
    const c = await convertText(utf8('正文：&lt;p&gt;全县新建茶园1200亩。&lt;/p&gt;\\r\\n&lt;p&gt;&lt;strong&gt;一是抓就业。&lt;/strong&gt;新增就业岗位800个。&lt;/p&gt;\n'), 'source.txt');
    expect(c.text.split('\n\n')).toEqual(['正文：', '全县新建茶园1200亩。', '一是抓就业。新增就业岗位800个。']);
    expect(c.format).toBe('text');
    expect(c.origins.get(3)).toBe('source.txt:1');
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['ingest/text-escapes', 'ingest/text-escapes', 'ingest/markup-in-text']);
  });

  it('real <p> tags in a .txt are read as blocks; the file\'s own line breaks stay breaks', async () => {
    const c = await convertText(utf8('白河县工作总结\n<p>　　全县新建茶园1200亩。</p><p>　　新增就业岗位800个。</p>\n'), 'source.txt');
    expect(c.text.split('\n\n')).toEqual(['白河县工作总结', '全县新建茶园1200亩。', '新增就业岗位800个。']);
    expect([...c.origins.values()]).toEqual(['source.txt:1', 'source.txt:2', 'source.txt:2']);
  });
});
