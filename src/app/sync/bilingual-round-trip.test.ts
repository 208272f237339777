import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SegmentedDocument } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { normaliseEnglish, renderBilingualEdition } from '../../stages/render/bilingual-edition.js';
import { keyHash, segmentKey } from '../../text/segment-key.js';
import { parseBilingualEdition } from './parse-bilingual-edition.js';
import { planSync } from './plan-sync.js';

const FILE = 'translations/fang.zh-en.md';
const FANG = '房县是国家重点贫困县、全省深度贫困县。';

/** Pieces of text that mean something to Markdown (or to GFM, or to HTML), mixed with plain words. */
const SIGNIFICANT = [
  'http://www.gov.cn/', 'https://x.cn/a_b?c=1&d=2#e', 'www.gov.cn', 'info@gov.cn', 'mailto:a@b.cn', '<http://a.cn>',
  '![a](b)', '![map](https://x.cn/m.png "t")', '[x](y)', '[x]: y', '[x]', '*', '**', '_', '__', '`', '``', '~~', '~',
  '<', '>', '&', '&amp;', '&#x20;', '&nbsp;', '&#42;', '<b>', '</b>', '<!-- duizhao id=6b494f5b29 base=00000000 -->',
  '#', '## ', '- ', '+ ', '1. ', '1) ', '---', '===', '***', '|', '| a | b |', '\\', '\\*', '  ', '\r\n', '\n', '\t',
  '\u00a0', '"', "'", '(', ')', '[', ']', '!', ':', '$', '%', 'Fang County', ' 9.98% ', '中文', '*suggestion 93% (x): y*',
  '*terms: a = b*', '> ', '    ', 'x  \n', 'x\\\n',
];
const english = fc
  .array(fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ unit: 'grapheme-ascii', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

function unitOf(source: string, target: string, index = 0): TranslationUnit {
  const key = segmentKey(source);
  return {
    id: keyHash(key), key, source, kind: 'sentence', target, state: target ? 'translated' : 'empty', origin: 'manual', notes: [],
    location: { report: 'fang', file: 'corpus/fang/zh.md', line: 1, paragraph: 1, index },
  };
}

function docOf(units: TranslationUnit[]): SegmentedDocument {
  return {
    meta: { id: 'fang', title: '房县', script: 'Hans', language: 'zh' },
    paragraphs: [{ index: 1, block: { type: 'paragraph', text: units.map((u) => u.source).join(''), sourceLine: 1 }, line: 1, units }],
  };
}

describe('bilingual edition round trip (render → parse)', () => {
  it('reads back any English as it was (whitespace folded), and a sync of the unedited edition changes nothing', () => {
    fc.assert(fc.property(english, (e) => {
      const doc = docOf([unitOf(FANG, e)]);
      const parsed = parseBilingualEdition(renderBilingualEdition(doc), FILE);
      expect(parsed.conflicts).toEqual([]);
      expect(parsed.segments.map((s) => s.english)).toEqual([normaliseEnglish(e)]);
      expect(planSync(parsed, doc, FILE)).toEqual({ changes: [], conflicts: [] });
      const crlf = parseBilingualEdition(renderBilingualEdition(doc).replace(/\n/g, '\r\n'), FILE);
      expect(crlf.segments.map((s) => s.english)).toEqual([normaliseEnglish(e)]);
    }), { numRuns: 800 });
  });

  it('reads back any Chinese quote exactly', () => {
    const chinese = fc.tuple(fc.constantFrom('房县', '扶贫', '一、', '（一）'), english).map(([head, rest]) => normaliseEnglish(head + rest));
    fc.assert(fc.property(chinese, (source) => {
      const parsed = parseBilingualEdition(renderBilingualEdition(docOf([unitOf(source, 'English.')])), FILE);
      expect(parsed.segments.map((s) => s.chinese)).toEqual([source]);
    }), { numRuns: 500 });
  });

  it.each([
    ['a URL', 'Fang County (see https://www.gov.cn/fx_2020?a=1&b=2).'],
    ['an e-mail address and a bare domain', 'Write to info@gov.cn or visit www.gov.cn.'],
    ['emphasis', 'Fang County is a *key* county for **national** poverty alleviation.'],
    ['a link and an image', 'See [the plan](https://x.cn/p) and ![map](m.png).'],
    ['inline code and HTML', 'The `2020` figures <b>rose</b>.'],
    ['an escaped asterisk', 'Five \\* stars.'],
  ])('keeps %s a reviewer typed exactly as typed', (_name, typed) => {
    const built = renderBilingualEdition(docOf([unitOf(FANG, 'Fang County is a key county.')]));
    const edited = built.replace('Fang County is a key county.', typed);
    expect(edited).not.toBe(built);
    const [segment] = parseBilingualEdition(edited, FILE).segments;
    expect(segment?.english).toBe(typed === 'Five \\* stars.' ? 'Five * stars.' : typed);
  });
});
