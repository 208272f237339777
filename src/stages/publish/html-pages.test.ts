import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BLOCKS, SAMPLE_FILLS, sampleReport } from '../../../test/helpers/sample-report.js';
import { renderAlignedPage } from './html-aligned-page.js';
import { renderEnglishPage } from './html-english-page.js';
import { renderIndexPage } from './html-index-page.js';

/**
 * The validator's recommended rules but two: `long-title` (a page's title is the report's headline,
 * however long) and `no-raw-characters` (a raw > in text is valid HTML; the serialiser escapes every
 * < and &, which the next test checks).
 */
export const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'no-raw-characters': 'off' } });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

const doc = () => sampleReport(SAMPLE_BLOCKS, SAMPLE_FILLS);
const rowOf = (html: string, chinese: string) => html.split('<tr').slice(2).find((r) => r.includes(chinese)) ?? '';

describe('published HTML pages', () => {
  it.each([
    ['English page', () => renderEnglishPage(doc())],
    ['side-by-side page', () => renderAlignedPage(doc())],
    ['index', () => renderIndexPage([doc()])],
  ])('%s is valid HTML and loads nothing from outside', async (_name, render) => {
    const html = render();
    expect(await problems(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:/u);
  });

  it('escapes what a translation contains', () => {
    for (const html of [renderEnglishPage(doc()), renderAlignedPage(doc())]) {
      expect(html).toContain('60,000 yuan &#x3C;script>alert(1)&#x3C;/script> &#x26; more.');
    }
  });

  it('aligns Chinese and English segment by segment, headings in one row, in the order of the Chinese', () => {
    const html = renderAlignedPage(doc());
    const rows = html.split('<tr').slice(2).map((r) => r.replace(/^[^>]*>/u, '').replace(/<[^>]+>/gu, '').trim());
    expect(rows).toEqual([
      '巩固拓展脱贫攻坚成果Consolidating the Gains of Poverty Alleviation',
      '一、选派第一书记I. Sending First Secretaries',
      '下拨6万元资金。It allocated 60,000 yuan &#x3C;script>alert(1)&#x3C;/script> &#x26; more.Translator’s note: The amount is damaged in the source; a leading digit may be lost.',
      '第一书记组织开展培训。Machine draftThe first secretary organized training.',
      '村里修了路。Fuzzy match 82%The village built a road.',
      '群众很满意。Untranslated',
    ]);
    expect(rowOf(html, '一、选派')).toContain('<td lang="zh-Hans"><h3>一、选派<abbr class="term" title="first secretary">第一书记</abbr></h3></td><td><h3>I. Sending <mark class="term" title="第一书记">First Secretaries</mark></h3></td>');
  });

  it('marks drafts, fuzzy suggestions and untranslated segments visibly, and glossary terms in both columns', () => {
    const html = renderAlignedPage(doc());
    expect(rowOf(html, '组织开展培训')).toMatch(/^ id="seg-[0-9a-f]+" class="draft"/u);
    expect(rowOf(html, '组织开展培训')).toContain('<span class="state draft">Machine draft</span>');
    expect(rowOf(html, '村里修了路')).toContain('class="fuzzy paragraph-start"');
    expect(rowOf(html, '群众很满意')).toContain('<span class="state missing">Untranslated</span>');
    expect(rowOf(html, '巩固拓展')).toContain('<abbr class="term" title="poverty alleviation">脱贫攻坚</abbr>');
    expect(rowOf(html, '巩固拓展')).toContain('<mark class="term" title="脱贫攻坚">Poverty Alleviation</mark>');
  });

  it('gives the English page the headline first, the source under it, and the translator’s note as a footnote', () => {
    const html = renderEnglishPage(doc());
    const main = html.slice(html.indexOf('<main>'));
    expect(main).toMatch(/^<main><h1>Consolidating the Gains of Poverty Alleviation<\/h1>\n?<p class="source-title">Translated from the Chinese: <span lang="zh-Hans">巩固拓展脱贫攻坚成果<\/span> \(2021-12-15\)<\/p>/u);
    expect(main).toContain('<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Translator’s notes</h2>');
    expect(main).toContain('[DRAFT d131e77e33: The first secretary organized training.]');
    expect(main).toMatch(/<li id="user-content-fn-1">\s*<p>The amount is damaged in the source; a leading digit may be lost\./u);
  });

  it('gives byte-identical pages for the same report', () => {
    expect(renderAlignedPage(doc())).toBe(renderAlignedPage(doc()));
    expect(renderEnglishPage(doc())).toBe(renderEnglishPage(doc()));
  });
});
