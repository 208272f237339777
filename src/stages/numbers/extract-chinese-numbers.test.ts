import { describe, expect, it } from 'vitest';
import { extractChineseNumbers } from './extract-chinese-numbers.js';

const brief = (text: string, exclude?: Array<[number, number]>) =>
  extractChineseNumbers(text, exclude ? { exclude } : {}).map((n) => ({
    surface: n.surface, value: n.value, kind: n.kind,
    ...(n.unit && { unit: n.unit }), ...(n.approx && { approx: n.approx }), ...(n.high !== undefined && { high: n.high }),
  }));

describe('extractChineseNumbers: figures and units', () => {
  it.each([
    ['37467名贫困人口全部脱贫', { surface: '37467名', value: 37467, kind: 'count', unit: '名' }],
    ['贫困户2,600余户', { surface: '2,600余户', value: 2600, kind: 'count', unit: '户', approx: 'more-than' }],
    ['发展党员3.2万', { surface: '3.2万', value: 32_000, kind: 'count', unit: '万' }],
    ['投资1.5亿元', { surface: '1.5亿元', value: 150_000_000, kind: 'money', unit: '亿元' }],
    ['种植4.8万亩', { surface: '4.8万亩', value: 48_000, kind: 'area', unit: '万亩' }],
    ['三万多贫困群众', { surface: '三万多', value: 30_000, kind: 'count', approx: 'more-than' }],
    ['近万名帮扶责任人', { surface: '近万名', value: 10_000, kind: 'count', unit: '名', approx: 'nearly' }],
    ['在1320平方公里的土地上', { surface: '1320平方公里', value: 1320, kind: 'area', unit: '平方公里' }],
    ['累计投入1079.53万元', { surface: '1079.53万元', value: 10_795_300, kind: 'money', unit: '万元' }],
    ['两百名干部', { surface: '两百名', value: 200, kind: 'count', unit: '名' }],
    ['資性支出就達到了700多萬元', { surface: '700多萬元', value: 7_000_000, kind: 'money', unit: '万元', approx: 'more-than' }],
    ['全县共有６个乡镇', { surface: '６个', value: 6, kind: 'count', unit: '个' }],
    ['超过百万元', { surface: '超过百万元', value: 1_000_000, kind: 'money', unit: '元', approx: 'more-than' }],
    ['1300余万元送温暖资金', { surface: '1300余万元', value: 13_000_000, kind: 'money', unit: '万元', approx: 'more-than' }],
    ['全球销量为11万7015辆', { surface: '11万7015辆', value: 117_015, kind: 'count', unit: '万辆' }],
    ['这次行动将持续3个多月', { surface: '3个多月', value: 3, kind: 'duration', unit: '个月', approx: 'more-than' }],
    ['下足十二“绣花功”', { surface: '十二', value: 12, kind: 'count' }],
    ['创新“三六”工作法,创新四大举措', { surface: '四大', value: 4, kind: 'count', unit: '大' }],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });
});

describe('extractChineseNumbers: percentages, ranges, dates, ordinals', () => {
  it.each([
    ['贫困发生率由30.12%下降到5.62%', [[30.12, 'percent'], [5.62, 'percent']]],
    ['降低了24.5个百分点', [[24.5, 'percentage-point']]],
    ['增长百分之十', [[10, 'percent']]],
    ['近三成是国家一级文物', [[30, 'percent']]],
    ['增长10.5 %', [[10.5, 'percent']]],
    ['约四分之一的人', [[0.25, 'fraction']]],
    ['2017年7月4日医治无效', [[20170704, 'date']]],
    ['2021-12-15 09:20:00', [[20211215, 'date'], [560, 'time']]],
    ['二〇二〇年全县', [[2020, 'year']]],
    ['2014年以来', [[2014, 'year']]],
    ['10年前', [[10, 'duration']]],
    ['今年4月21日经省政府批准', [[421, 'date']]],
    ['当日15时30分', [[930, 'time']]],
    ['贫困体量全省第三、长治第一', [[3, 'ordinal'], [1, 'ordinal']]],
    ['在22个重点帮扶县中名列第6', [[22, 'count'], [6, 'ordinal']]],
    ['“80后”“90后”', [[80, 'decade'], [90, 'decade']]],
  ])('%s', (text, expected) => {
    expect(extractChineseNumbers(text).map((n) => [n.value, n.kind])).toEqual(expected);
  });

  it.each([
    ['3—5年', { surface: '3—5年', value: 3, high: 5, kind: 'range', unit: '年' }],
    ['10%~20%', { surface: '10%~20%', value: 10, high: 20, kind: 'range', unit: '%' }],
    ['每年增加三到四千人', { surface: '三到四千人', value: 3000, high: 4000, kind: 'range', unit: '人' }],
  ])('range %s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });
});

describe('extractChineseNumbers: what is not a figure', () => {
  it.each([
    '第一书记张水林，突发心脏病倒在扶贫一线',
    '一些', '统一思想', '进一步压紧压实', '成千上万名基层干部', '千方百计调动贫困群众',
    '推动一二三产业融合发展', '我县“万企帮万村”走出特色', '举办直销会数十场', '家里还有十几亩土地',
    '坚持第一时间传达学习', '最近一段时间', '5G+4K/8K技术', 'S-400防空系统', '周四两名法官',
    '习近平总书记提出的“六个精准、五个一批”', '“十三五”期间', '一是始终把握正确方向',
  ])('%s', (text) => {
    expect(extractChineseNumbers(text).filter((n) => n.value !== 1)).toEqual([]);
  });

  it('skips glossary spans passed in exclude, e.g. 6个1', () => {
    const text = '绿色即“6个1”生态扶贫';
    expect(brief(text).map((n) => n.surface)).toEqual(['6个', '1']);
    const start = text.indexOf('6个1');
    expect(brief(text, [[start, start + 4]])).toEqual([]);
  });

  it('keeps offsets into the original (Traditional, full-width) text', () => {
    const text = '沁縣位列一類縣，在２２個重點幫扶縣中';
    const [n] = extractChineseNumbers(text);
    expect(n && text.slice(n.start, n.end)).toBe('２２個');
    expect(n?.value).toBe(22);
  });
});

describe('extractChineseNumbers on a whole seed paragraph', () => {
  it('finds every figure of 000 (Qin County) paragraph on employment', () => {
    const text = '众更好就业，累计投入1079.53万元，培训实用技能10289人，外出务工人员每人补贴700元，贫困户外出累计外出务工8893人，较2019年增长20.96%。';
    expect(extractChineseNumbers(text).map((n) => n.surface)).toEqual(['1079.53万元', '10289人', '700元', '8893人', '2019年', '20.96%']);
  });
});
