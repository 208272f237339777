import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../model/document.js';
import { parseZhMarkdown } from '../../stores/zh-markdown.js';
import { segmentDocument } from './segment-document.js';
import { unbalancedMarks } from './unbalanced-marks.js';

const meta = { id: 'qin-2019' } as ReportMeta;

describe('segmentDocument', () => {
  it('splits a paragraph whose quote does not pair sentence by sentence, never as one swallowed sentence', () => {
    const text = '他们从事“外干细胞＂研究。第二句。第三句。”第四句。';
    const doc = segmentDocument(parseZhMarkdown(`# 标题\n\n沁县狠抓落实。\n\n${text}\n`), { meta, file: 'corpus/qin-2019/zh.md' });
    expect(doc.paragraphs.at(-1)!.units.map((u) => u.source)).toEqual(['他们从事“外干细胞＂研究。', '第二句。', '第三句。”', '第四句。']);
    expect(unbalancedMarks(text).length).toBe(2);
  });

  it('finds no unbalanced mark in balanced text', () => {
    expect(unbalancedMarks('他说：“（好）《书》。”')).toEqual([]);
  });
});
