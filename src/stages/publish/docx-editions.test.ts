import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BLOCKS, SAMPLE_FILLS, sampleReport } from '../../../test/helpers/sample-report.js';
import { renderBilingualDocx } from './docx-bilingual.js';
import { renderEnglishDocx } from './docx-english.js';

const doc = () => sampleReport(SAMPLE_BLOCKS, SAMPLE_FILLS);
const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
const xmlPart = async (bytes: Uint8Array, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async('string');

/** Positions of each string in `text`, in order; -1 where missing or out of order. */
function inOrder(text: string, parts: readonly string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

describe('Word editions', () => {
  it('English edition: headline and headings in Word heading styles, every segment in reading order', async () => {
    const out = await html(await renderEnglishDocx(doc()));
    expect(out).toMatch(/^<h1>Consolidating the Gains of Poverty Alleviation<\/h1>/u);
    expect(out).toContain('<h2>I. Sending First Secretaries</h2>');
    const parts = ['Consolidating the Gains', 'I. Sending First Secretaries', 'It allocated 60,000 yuan &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.',
      '[DRAFT d131e77e33: The first secretary organized training.]', '[FUZZY 82% 2634496f49: The village built a road.]', '[UNTRANSLATED fd4fea3bd5: 群众很满意。]'];
    expect(inOrder(out, parts).every((at) => at >= 0)).toBe(true);
  });

  it('English edition: the translator’s note is a Word footnote, referenced after its segment', async () => {
    const bytes = await renderEnglishDocx(doc());
    expect(await xmlPart(bytes, 'word/footnotes.xml')).toContain('The amount is damaged in the source; a leading digit may be lost.');
    expect(await xmlPart(bytes, 'word/document.xml')).toMatch(/more\.<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/u);
    const out = await html(bytes);
    expect(out).toContain('<a href="#footnote-1" id="footnote-ref-1">[1]</a>');
    expect(out).not.toMatch(/damaged in the source[^<]*<\/p><p>The first/u);
  });

  it('bilingual edition: a two-column table, Chinese left, English right, every segment in the order of the Chinese', async () => {
    const bytes = await renderBilingualDocx(doc());
    const out = await html(bytes);
    const rows = [...out.matchAll(/<tr>(.*?)<\/tr>/gu)].map((m) => m[1]!.replace(/<sup>.*?<\/sup>|<\/?strong>/gu, '').replace(/<[^>]+>/gu, '|').replace(/\|+/gu, '|'));
    expect(rows).toEqual([
      '|中文|English|',
      '|巩固拓展脱贫攻坚成果|Consolidating the Gains of Poverty Alleviation|',
      '|一、选派第一书记|I. Sending First Secretaries|',
      '|下拨6万元资金。|It allocated 60,000 yuan &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.|',
      '|第一书记组织开展培训。|[MACHINE DRAFT] The first secretary organized training.|',
      '|村里修了路。|[FUZZY MATCH 82%] The village built a road.|',
      '|群众很满意。|[UNTRANSLATED] |',
    ]);
    expect(out).toContain('<h3>I. Sending First Secretaries</h3>');
    expect(await xmlPart(bytes, 'word/footnotes.xml')).toContain('The amount is damaged in the source; a leading digit may be lost.');
  });

  it('gives byte-identical files for the same report', async () => {
    expect(Buffer.from(await renderEnglishDocx(doc())).equals(Buffer.from(await renderEnglishDocx(doc())))).toBe(true);
    const first = await renderBilingualDocx(doc());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.from(await renderBilingualDocx(doc())).equals(Buffer.from(first))).toBe(true);
  });
});
