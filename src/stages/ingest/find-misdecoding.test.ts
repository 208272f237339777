import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findMisdecodings } from './find-misdecoding.js';
import { loadHanBigramModel } from './han-bigram-model.js';

const model = loadHanBigramModel();
const win1252 = new TextDecoder('windows-1252');
/** The line as the repair leaves it: recoveries applied, the rest marked ⟦…⟧. */
const repaired = (text: string) => {
  let out = text;
  for (const m of [...findMisdecodings(text, model)].reverse()) {
    out = out.slice(0, m.start) + (m.recovered ?? `⟦${text.slice(m.start, m.end)}⟧`) + out.slice(m.end);
  }
  return out;
};

const SIMPLIFIED = '平顺县坚持把产业扶贫作为稳定脱贫的根本之策，2020年全县新建蔬菜大棚1200座，带动贫困户人均增收3500元。';
const TRADITIONAL = '和順縣堅持以產業發展帶動群眾增收，建成標準化養殖小區，貧困戶人均收入穩步提高。';

describe('findMisdecodings', () => {
  it('recovers GBK bytes read as Windows-1252 (a whole line, digits and all)', () => {
    const damaged = win1252.decode(iconv.encode(SIMPLIFIED, 'gbk'));
    expect(damaged).toMatch(/^Æ½Ë³ÏØ/u);
    expect(repaired(damaged)).toBe(SIMPLIFIED);
    expect(findMisdecodings(damaged, model)[0]?.how).toBe('GBK read as Windows-1252/Latin-1');
  });

  it('recovers UTF-8 read as Windows-1252 or Latin-1', () => {
    const bytes = Buffer.from(SIMPLIFIED, 'utf8');
    expect(repaired(win1252.decode(bytes))).toBe(SIMPLIFIED);
    expect(repaired(bytes.toString('latin1'))).toBe(SIMPLIFIED);
  });

  it('recovers Big5 read as GBK, and GBK read as Big5 where no byte was lost', () => {
    const big5AsGbk = iconv.decode(iconv.encode(TRADITIONAL, 'big5'), 'gbk');
    expect(repaired(big5AsGbk)).toBe(TRADITIONAL);
    const simple = '全县易地扶贫搬迁群众全部入住新居';
    const gbkAsBig5 = iconv.decode(iconv.encode(simple, 'gbk'), 'big5');
    if (!gbkAsBig5.includes('\uFFFD')) expect(repaired(gbkAsBig5)).toBe(simple);
  });

  it('recovers UTF-8 read as GBK where the bytes survived and marks what a decoder threw away', () => {
    const damaged = iconv.decode(Buffer.from(SIMPLIFIED, 'utf8'), 'gbk');
    expect(damaged).toContain('\uFFFD');
    const out = repaired(damaged);
    expect(out).toContain('平顺县坚持把产业扶贫作为稳定脱贫的根本之策');
    expect(out).toContain('1200座，带动贫困户人均增');
    // What was lost is marked, not invented: every character outside the marks is the original's.
    const outside = out.replace(/⟦[^⟧]*⟧/gu, '');
    expect([...outside].every((c) => SIMPLIFIED.includes(c))).toBe(true);
    expect(out).toMatch(/⟦[^⟧]*\uFFFD[^⟧]*⟧/u);
  });

  it('marks GBK bytes read as UTF-8 (lost for good) and recovers nothing from them', () => {
    const damaged = Buffer.from(iconv.encode('全县脱贫攻坚取得决定性胜利', 'gbk')).toString('utf8');
    const found = findMisdecodings(damaged, model);
    expect(found.every((m) => m.recovered === undefined)).toBe(true);
    expect(found.map((m) => damaged.slice(m.start, m.end)).join('')).toContain('\uFFFD');
  });

  it('repairs only the damaged part of a line that is partly damaged', () => {
    const head = '左权县围绕“一村一品”，';
    const tail = '发展小杂粮种植基地十二个';
    const damaged = `${head}${iconv.decode(Buffer.from(tail, 'utf8'), 'gbk')}。`;
    expect(repaired(damaged)).toBe(`${head}${tail}。`);
  });

  it.each([
    ['place names and people', '驻村第一书记张云峰带领村民在后沟村、前庄村发展核桃种植。'],
    ['Traditional text', '沁源縣鄉村振興局聯合各鄉鎮開展防返貧動態監測。'],
    ['figures and Latin', '2021年GDP增长8.5%，PM2.5浓度下降12μg/m³，完成投资3.2亿元。'],
    ['a poem-like slogan', '千山万壑披绿装，百姓门前果飘香。'],
    ['names with a middle dot', '艾力·买买提与阿依古丽·吐尔逊当选为致富带头人。'],
  ])('leaves real Chinese alone: %s', (_, text) => {
    expect(findMisdecodings(text, model)).toEqual([]);
  });
});
