import { describe, expect, it } from 'vitest';
import { RepairLog } from '../source-line.js';
import { recognisePrintFurniture, recognisePrintLine } from './print-furniture.js';
import { recogniseFurniture } from './recognise-furniture.js';

const BODY = '全县统筹整合财政涉农资金4.37亿元，实施扶贫项目816个，村级集体经济组织实现';
const TAIL = '全覆盖，农村居民人均可支配收入达到11286元。';

describe('recognisePrintLine', () => {
  it.each([
    ['第12页 - 平江文史资料', 'print-running-head'],
    ['城口文史資料 - 第3頁', 'print-running-head'],
    ['第 3 页 共 10 页', 'print-page-number'],
    ['第3页/共10页', 'print-page-number'],
    ['共10頁 第3頁', 'print-page-number'],
    ['第十二页', 'print-page-number'],
    ['- 12 -', 'print-page-number'],
    ['— 212 —', 'print-page-number'],
    ['· 7 ·', 'print-page-number'],
    ['－１２－', 'print-page-number'],
    ['Page 12 - 岚皋县年鉴', 'print-running-head'],
    ['Page 3 of 10', 'print-page-number'],
    ['P. 12', 'print-page-number'],
    ['p.12', 'print-page-number'],
    ['3 / 10', 'print-page-number'],
  ])('%s is %s', (line, cls) => {
    expect(recognisePrintLine(line)?.cls).toBe(cls);
  });

  it.each([
    '详见《实施方案》第12页，各乡镇要逐项对照落实。',
    '全年共印发宣传资料3万份，第一页列明了政策要点和咨询电话，方便群众查询',
    '2021/2022',
    '一、主要工作及成效',
    '12',
    'GDP 12',
    '第三节 产业扶贫',
  ])('leaves body text and headings alone: %s', (line) => {
    expect(recognisePrintLine(line)).toBeUndefined();
  });
});

describe('recognisePrintFurniture (with the lines around)', () => {
  it('takes a bare number between the halves of a sentence as a page number', () => {
    expect(recognisePrintFurniture('37', { previous: BODY, next: TAIL })?.cls).toBe('print-page-number');
  });

  it('keeps a bare number after a heading (its ordinal)', () => {
    expect(recognisePrintFurniture('3', { previous: '在就业扶贫上下硬功夫', next: BODY + TAIL })).toBeUndefined();
  });

  it('keeps a bare number at the end of the text', () => {
    expect(recognisePrintFurniture('37', { previous: BODY })).toBeUndefined();
  });
});

describe('print furniture among the line recognisers', () => {
  it('drops running heads and page numbers of pasted pages, each logged, and keeps the rest', () => {
    const log = new RepairLog('source.txt');
    const lines = ['第12页 - 平江文史资料', '', BODY, '', '37', '', TAIL, '- 13 -'].map((text, i) => ({ no: i + 1, text }));
    const kept = recogniseFurniture(lines, log).lines;
    expect(kept.map((l) => l.text)).toEqual(['', BODY, '', '', TAIL]);
    expect(log.diagnostics.map((d) => [d.line, d.ruleId, d.actual])).toEqual([
      [1, 'ingest/furniture', '第12页 - 平江文史资料'],
      [5, 'ingest/furniture', '37'],
      [8, 'ingest/furniture', '- 13 -'],
    ]);
    expect(log.diagnostics[1]!.reason).toBe('print-page-number: bare page number where the page broke the text; dropped');
  });

  it('keeps a running head that a person named in overrides.yaml', () => {
    const log = new RepairLog('source.txt');
    const lines = ['第12页 - 平江文史资料', '', BODY].map((text, i) => ({ no: i + 1, text }));
    const kept = recogniseFurniture(lines, log, new Set([1])).lines;
    expect(kept.map((l) => l.text)).toEqual(['第12页 - 平江文史资料', '', BODY]);
    expect(log.diagnostics).toEqual([]);
  });
});
