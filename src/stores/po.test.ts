import { describe, expect, it } from 'vitest';
import { exportPo, parsePo } from './po.js';
import type { XliffDocument } from './xliff.js';

const DOC: XliffDocument = {
  report: 'qinxian-2020-overview',
  original: 'corpus/qinxian-2020-overview/zh.md',
  sourceLang: 'zh-Hans',
  revised: '2025-03-02T09:30:15.250Z',
  units: [
    { id: 'a1b2c3d4e5', source: '沁县179个贫困村全部退出。', target: 'All 179 poor villages in Qin County were lifted out of poverty.', state: 'reviewed', origin: 'manual', base: '5e350d23', notes: ['glossary: 贫困村 = poor village'] },
    { id: '1234567890', source: '全县“两不愁三保障”\n全面实现。', target: 'The "two assurances and three guarantees" were met.', state: 'draft', origin: 'mt:openai', base: '0badf00d', notes: ['A remark.'] },
    { id: '0f0f0f0f0f', source: '累计投入资金5.6亿元。', state: 'empty', base: 'e3b0c442', notes: [], alternatives: [{ target: 'A total of 560 million yuan was invested.', origin: 'memory-fuzzy:88', score: 88.24 }] },
  ],
};

describe('PO', () => {
  const po = exportPo(DOC);

  it('writes msgctxt = segment id, msgid = Chinese, msgstr = English, in segment order, with a header naming the report', () => {
    expect(po).toContain('"PO-Revision-Date: 2025-03-02 09:30+0000\\n"');
    expect(po).toContain('"X-Duizhao-Report: qinxian-2020-overview\\n"');
    expect(po).toContain('# glossary: 贫困村 = poor village\n#: corpus/qinxian-2020-overview/zh.md\n#. duizhao: state=reviewed origin=manual base=5e350d23\nmsgctxt "a1b2c3d4e5"\nmsgid "沁县179个贫困村全部退出。"\n');
    expect(po.indexOf('msgctxt "a1b2c3d4e5"')).toBeLessThan(po.indexOf('msgctxt "1234567890"'));
    expect(po.indexOf('msgctxt "1234567890"')).toBeLessThan(po.indexOf('msgctxt "0f0f0f0f0f"'));
  });

  it('marks drafts and memory suggestions fuzzy; the suggestion is stamped as such', () => {
    expect(po).toMatch(/#\. A remark\.\n#\. duizhao: state=draft origin=mt:openai base=0badf00d\n#, fuzzy\nmsgctxt "1234567890"/);
    expect(po).toMatch(/#\. duizhao: state=empty base=e3b0c442 suggestion\n#, fuzzy\nmsgctxt "0f0f0f0f0f"\nmsgid "累计投入资金5\.6亿元。"\nmsgstr "A total of 560 million yuan was invested\."/);
  });

  it('reads its export back as the units, states and bases the import rules need; an untouched fuzzy suggestion is no English', () => {
    const [doc] = parsePo(po, 'q.po');
    expect(doc).toMatchObject({ report: 'qinxian-2020-overview', sourceLang: 'zh-Hans' });
    // gettext-parser keys messages by context, so an all-digit id comes first: the import matches by id, not order.
    expect([...doc!.units].sort((a, b) => DOC.units.findIndex((u) => u.id === a.id) - DOC.units.findIndex((u) => u.id === b.id))).toEqual([
      { id: 'a1b2c3d4e5', source: DOC.units[0]!.source, target: DOC.units[0]!.target, state: 'reviewed', exportedState: 'reviewed', origin: 'manual', base: '5e350d23', notes: ['glossary: 贫困村 = poor village'] },
      { id: '1234567890', source: DOC.units[1]!.source, target: DOC.units[1]!.target, state: 'draft', exportedState: 'draft', origin: 'mt:openai', base: '0badf00d', notes: [] },
      { id: '0f0f0f0f0f', source: DOC.units[2]!.source, exportedState: 'empty', base: 'e3b0c442', notes: [] },
    ]);
  });

  it('a translator who accepts the suggestion (removes the fuzzy flag) gives translated English', () => {
    const accepted = po.replace('suggestion\n#, fuzzy\nmsgctxt "0f0f0f0f0f"', 'suggestion\nmsgctxt "0f0f0f0f0f"');
    expect(parsePo(accepted)[0]!.units[2]).toMatchObject({ target: 'A total of 560 million yuan was invested.', state: 'translated' });
  });

  it('reports a broken PO file as an input error with its line', () => {
    expect(() => parsePo('msgid ""\nmsgstr ""\n\nmsgid "扶贫"\nmsgstr "x"\nnonsense here\n', 'bad.po')).toThrowError(
      expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/^bad\.po:6: not a PO file/) }),
    );
  });
});
