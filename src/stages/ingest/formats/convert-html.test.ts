import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertHtml, convertHtmlText } from './convert-html.js';

const html = (s: string) => convertHtmlText(s, { file: 'source.html', encoding: 'utf-8' });
const lines = (c: { text: string }) => c.text.split('\n\n');
const kinds = (c: { text: string; hints: ReadonlyMap<number, { kind: string }> }) => lines(c).map((_, i) => c.hints.get(2 * i + 1)?.kind ?? '');

const PAGE = `<html><head><title>县情_某县政府网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 正文</div>
<h1>某县推进乡村振兴</h1>
<p class="author">记者 李明</p>
<p><strong>一是抓产业。</strong>全县新建茶园
    1200亩。</p>
<h2>二、下一步打算</h2>
<figure><img src="a.jpg" alt="茶园"><figcaption>村民在茶园采茶。 李明 摄</figcaption></figure>
<div class="bdsharebuttonbox"><a href="#">微信</a><a href="#">微博</a></div>
<ul><li><a href="/1">相关一</a></li><li><a href="/2">相关二</a></li></ul>
<footer>版权所有</footer>
</body></html>`;

describe('convertHtmlText: a page → one line per block, with what the markup says', () => {
  it('keeps the title, byline, lead-in, heading and caption as text, and every piece of furniture as a hinted line', () => {
    const c = html(PAGE);
    expect(lines(c)).toEqual([
      '县情_某县政府网', '首页 政务公开', '当前位置： 首页 > 正文', '某县推进乡村振兴', '记者 李明', '一是抓产业。全县新建茶园1200亩。',
      '二、下一步打算', '村民在茶园采茶。 李明 摄', '微信 微博', '相关一 相关二', '版权所有',
    ]);
    expect(kinds(c)).toEqual(['furniture', 'furniture', 'furniture', 'title', 'byline', '', 'heading', 'caption', 'furniture', 'furniture', 'furniture']);
    expect(c.hints.get(3)).toEqual({ kind: 'furniture', why: 'navigation (class="nav")' });
    expect(c.hints.get(17)).toEqual({ kind: 'furniture', why: 'share widget (class="bdsharebuttonbox")' });
    expect(c.hints.get(19)?.why).toBe('block of 2 links (a menu or a related-article list)');
    expect(c.hints.get(13)).toEqual({ kind: 'heading', level: 2, why: '<h2> element' });
  });

  it('traces each block to its line in the markup', () => {
    const c = html(PAGE);
    expect(c.origins.get(7)).toBe('source.html:4');
    expect(c.origins.get(11)).toBe('source.html:6');
    expect(c.origins.get(13)).toBe('source.html:8');
    expect(c.origins.get(15)).toBe('source.html:9');
  });

  it('a <br> breaks the line only where the text shows a break; one inside a sentence is removed and logged', () => {
    const c = html('<p>　　一、总体情况<br>\n　　全县共有脱贫村42个，<br>\n监测户316户。<br>全年投入资金1.2亿元。<br><br>二、主要做法</p>');
    expect(lines(c)).toEqual(['一、总体情况', '全县共有脱贫村42个，监测户316户。', '全年投入资金1.2亿元。', '二、主要做法']);
    expect(c.diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest/html-line-break', line: 2, file: 'source.html' })]);
  });

  it('a written space or &nbsp; stays one space; the markup\'s line breaks between Chinese characters go', () => {
    const c = html('<p>中共某县县委书记&nbsp;&nbsp;王强</p><p>全县\n   共有</p><p><span>来源：县政府</span>\n<span>发布时间：2022-01-01</span></p>');
    expect(lines(c)).toEqual(['中共某县县委书记 王强', '全县共有', '来源：县政府 发布时间：2022-01-01']);
  });

  it('a centred paragraph next to an image is a caption; alt text that repeats a caption is not kept twice', () => {
    const c = html('<p>正文第一段，全县新建产业路12公里。</p><p align="center"><img src="x.jpg" alt="新修的产业路通到村民家门口"></p><p style="text-align: center">新修的产业路通到村民家门口。（县融媒体中心供图）</p>');
    expect(lines(c)).toEqual(['正文第一段，全县新建产业路12公里。', '新修的产业路通到村民家门口。（县融媒体中心供图）']);
    expect(kinds(c)).toEqual(['', 'caption']);
  });

  it('without an <h1>, the first block is the title when the <title> names it', () => {
    const c = html('<html><head><title>某镇2022年工作总结 - 某镇人民政府</title></head><body><p><b>某镇2022年工作总结</b></p><p>2022年，全镇上下齐心协力，各项工作取得新成效。</p></body></html>');
    expect(kinds(c)).toEqual(['furniture', 'title', '']);
  });

  it('a GB2312 page is decoded by its <meta charset>', async () => {
    const bytes = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>镇安县扶贫开发工作总结</p></body></html>', 'gbk');
    const c = await convertHtml(bytes, 'source.html');
    expect(c).toMatchObject({ format: 'html', encoding: 'gb18030', text: '镇安县扶贫开发工作总结' });
  });
});

describe('furniture by class and id: words, not look-alikes', () => {
  it.each([
    ['<div class="relative"><p>全县新建茶园1200亩。</p></div>', ''],
    ['<div class="position-relative"><p>全县新建茶园1200亩。</p></div>', ''],
    ['<div class="research-report"><p>全县新建茶园1200亩。</p></div>', ''],
    ['<div class="top-0"><p>全县新建茶园1200亩。</p></div>', ''],
    ['<div class="top"><p>全县新建茶园1200亩。</p></div>', 'furniture'],
    ['<div id="position"><p>首页 &gt; 新闻</p></div>', 'furniture'],
    ['<div class="relate-list"><p>全县新建茶园1200亩。</p></div>', 'furniture'],
    ['<nav role="navigation"><p>全县新建茶园1200亩。</p></nav>', 'furniture'],
  ])('%s', (markup, kind) => {
    expect(html(markup).hints.get(1)?.kind ?? '').toBe(kind);
  });
});
