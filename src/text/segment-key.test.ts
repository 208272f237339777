import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSegmentIds, segmentKey } from './segment-key.js';
import { parseZhMarkdown, renderZhMarkdown } from '../stores/zh-markdown.js';
import { segmentDocument, documentUnits } from '../stages/segment/segment-document.js';
import type { Block } from '../model/document.js';

describe('segmentKey', () => {
  it.each([
    ['沁縣縣委書記秦軍對此信心滿懷:要堅持', '沁县县委书记秦军对此信心满怀：要坚持'],
    ['「扶上馬送一程」', '“扶上马送一程”'],
    ['壶关 对标全胜 实现脱贫摘帽', '壶关对标全胜实现脱贫摘帽'],
    ['共辖５个镇,７个乡', '共辖5个镇，7个乡'],
  ])('%s and %s share one key', (a, b) => {
    expect(segmentKey(a)).toBe(segmentKey(b));
  });

  it('gives the key every step in turn gives (the steps it skips have nothing to change)', () => {
    const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
    const HALF: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
    const everyStep = (source: string): string => source.normalize('NFC').replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’')
      .replace(new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu'), '')
      .replace(new RegExp(`(?<=[${CJK}])[,:;()?!]|[,:;()?!](?=[${CJK}])`, 'gu'), (c) => HALF[c] ?? c)
      .replace(/\s+/g, ' ').trim();
    const chars = [...'沁县扶贫攻坚「」『』“”，。：,:;()?!ＡＢ５ａ1a ', '\t', '\n', '\u3000', '\u00a0', 'e\u0301'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((cs) => cs.join('')), (s) => segmentKey(s) === everyStep(s)), { numRuns: 3000 });
  });

  it('numbers repeats and keeps ids content-addressed', () => {
    const ids = assignSegmentIds(['甲。', '乙。', '甲。']);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[0]).toMatch(/^[0-9a-f]{10}$/);
  });
});

const meta = { id: 'demo', title: '示例', script: 'Hans' as const, language: 'zh-Hans' };
const idsOf = (blocks: Block[]) => {
  const parsed = parseZhMarkdown(renderZhMarkdown(blocks));
  return documentUnits(segmentDocument(parsed, { meta, file: 'zh.md' })).map((u) => `${u.location.paragraph}:${u.id}`);
};

describe('segment ids under edits', () => {
  it('editing one paragraph changes only that paragraph’s ids', () => {
    const sentence = fc.stringMatching(/^[甲乙丙丁戊己庚辛]{2,6}$/).map((s) => `${s}。`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), fc.nat(), (paras, pick) => {
        const blocks: Block[] = [{ type: 'title', text: '标题', level: 1, sourceLine: 1 }, ...paras.map((text, i) => ({ type: 'paragraph' as const, text, sourceLine: i + 2 }))];
        const k = 1 + (pick % paras.length);
        const edited = blocks.map((b, i) => (i === k ? { ...b, text: `${b.text}新增一句话。` } : b));
        const before = idsOf(blocks).filter((id) => !id.startsWith(`${k + 1}:`));
        const after = idsOf(edited).filter((id) => !id.startsWith(`${k + 1}:`));
        // Repeated sentences elsewhere could shift an occurrence suffix; the hashes never change.
        expect(after.map((id) => id.replace(/-\d+$/, ''))).toEqual(before.map((id) => id.replace(/-\d+$/, '')));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips blocks through zh.md, escaping Markdown characters', () => {
    const blocks: Block[] = [
      { type: 'title', text: '标题 *不是强调*', level: 1, sourceLine: 1 },
      { type: 'caption', text: '# 图注', sourceLine: 2 },
      { type: 'heading', text: '在产业扶贫上下真功夫', level: 3, ordinal: '1', sourceLine: 3 },
      { type: 'paragraph', text: '1. 不是列表<b>。', sourceLine: 4 },
    ];
    const parsed = parseZhMarkdown(renderZhMarkdown(blocks));
    expect(parsed.map(({ type, text, ordinal }) => ({ type, text, ordinal }))).toEqual(
      blocks.map(({ type, text, ordinal }) => ({ type, text, ordinal })),
    );
  });
});
