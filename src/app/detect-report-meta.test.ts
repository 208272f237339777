import { describe, expect, it } from 'vitest';
import type { Block } from '../model/document.js';
import type { GlossaryEntry } from '../model/glossary-entry.js';
import { detectReportMeta } from './detect-report-meta.js';

const place = (zh: string, en: string, note: string, variants: string[] = [], accepted: string[] = []): GlossaryEntry => ({ zh, en, note, variants, accepted, kind: 'place', status: 'proposed' });
const GLOSSARY: GlossaryEntry[] = [
  place('山西', 'Shanxi', 'Province.', ['山西省'], ['Shanxi Province']),
  place('忻州', 'Xinzhou', 'Prefecture-level city in Shanxi.', ['忻州市'], ['Xinzhou City']),
  place('静乐县', 'Jingle County', 'County of Xinzhou, Shanxi.', ['静乐']),
  place('湖北', 'Hubei', 'Province of Fang County.', ['湖北省'], ['Hubei Province']),
  place('房县', 'Fang County', 'A county.'),
  place('阜平县', 'Fuping County', 'County of Baoding, Hebei.'),
  place('安吉县', 'Anji County', 'County of Huzhou, Zhejiang.'),
  { zh: '河南村', en: 'Henan Village', kind: 'place', status: 'proposed' },
];
const b = (type: Block['type'], text: string, sourceLine = 1): Block => ({ type, text, sourceLine });

describe('detectReportMeta: where a report is from, from evidence only', () => {
  it('takes the county named in the title and completes city and province from the glossary relations', () => {
    const meta = detectReportMeta('x', [b('title', '静乐县：小杂粮做成大产业'), b('paragraph', '近年来，全县依托藜麦种植优势，建成万亩基地。')], GLOSSARY);
    expect(meta).toMatchObject({ county: '静乐县', city: '忻州市', province: '山西省' });
  });

  it('reads the relation from the province note too ("Province of Fang County")', () => {
    expect(detectReportMeta('x', [b('title', '决战脱贫摘帽'), b('paragraph', '房县是国家扶贫开发工作重点县。')], GLOSSARY)).toMatchObject({ county: '房县', province: '湖北省' });
  });

  it('ignores places mentioned in passing after the opening paragraphs', () => {
    const blocks = [
      b('title', '静乐县消费帮扶工作纪实'),
      b('paragraph', '今年以来，全县多措并举推进消费帮扶。'),
      b('paragraph', '各乡镇积极组织农产品展销。'),
      b('paragraph', '县里组织干部赴阜平县、安吉县学习，借鉴湖北省房县的经验，并与河南村结对。'),
    ];
    expect(detectReportMeta('x', blocks, GLOSSARY)).toMatchObject({ county: '静乐县', city: '忻州市', province: '山西省' });
  });

  it('leaves the fields empty when the head of the report names no place', () => {
    const blocks = [
      b('title', '小杂粮做成大产业'),
      b('paragraph', '合作社今年扩大了种植面积。'),
      b('paragraph', '订单已经排到了年底。'),
      b('paragraph', '他们还去阜平县、安吉县和湖北省房县考察过。'),
    ];
    const meta = detectReportMeta('x', blocks, GLOSSARY);
    expect([meta.county, meta.city, meta.province]).toEqual([undefined, undefined, undefined]);
  });

  it('does not read a county out of an unrelated word (贫困县, 全县, 我县) or a village name', () => {
    const meta = detectReportMeta('x', [b('title', '贫困县摘帽之后'), b('paragraph', '全县上下、我县干部与河南村群众一道奋斗。')], GLOSSARY);
    expect([meta.county, meta.province]).toEqual([undefined, undefined]);
  });

  it('without a glossary, takes only a county that opens the title and a province named with 省', () => {
    const meta = detectReportMeta('x', [b('title', '平顺县：旱地西红柿红了'), b('paragraph', '山西省平顺县地处太行山南端。')]);
    expect(meta).toMatchObject({ county: '平顺县', province: '山西省' });
    expect(meta.city).toBeUndefined();
  });
});
