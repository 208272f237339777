import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../model/document.js';
import { parseZhMarkdown } from '../render/zh-markdown.js';
import { segmentDocument } from './segment-document.js';

const meta = { id: 'qin-2019' } as ReportMeta;

describe('segmentDocument', () => {
  it('reports a quote that does not pair as a diagnostic on its paragraph, and splits the paragraph anyway', () => {
    const markdown = '# 标题\n\n沁县狠抓落实。\n\n他们从事“外干细胞＂研究。第二句。第三句。”第四句。\n';
    const doc = segmentDocument(parseZhMarkdown(markdown), { meta, file: 'corpus/qin-2019/zh.md' });
    expect(doc.paragraphs.at(-1)!.units.map((u) => u.source)).toEqual(['他们从事“外干细胞＂研究。', '第二句。', '第三句。”', '第四句。']);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'segment/unbalanced-mark', severity: 'warning', file: 'corpus/qin-2019/zh.md', line: 5, reason: expect.stringContaining('“ is closed by ＂') }),
      expect.objectContaining({ ruleId: 'segment/unbalanced-mark', line: 5, reason: expect.stringContaining('” closes nothing') }),
    ]);
  });

  it('has no diagnostics for balanced text', () => {
    const doc = segmentDocument(parseZhMarkdown('他说：“（好）《书》。”\n'), { meta, file: 'zh.md' });
    expect(doc.diagnostics).toEqual([]);
  });
});
