import { describe, expect, it } from 'vitest';
import { ingestText } from './ingest-text.js';

const kinds = (text: string) => ingestText(text, { file: 'source.txt' }).blocks.map((b) => [b.type, b.text, ...(b.level ? [b.level] : [])]);

describe('classifyBlocks: headings, short paragraphs, bylines', () => {
  it('a one-sentence paragraph ending in 。 is a paragraph, not a heading, however short', () => {
    const blocks = kinds('全县脱贫攻坚工作综述\n全县脱贫人口人均纯收入达到14386元，同比增长12.6%，高于全县农村居民收入增幅。\n监测帮扶做到了应纳尽纳。\n红旗村的做法正在全县推广。');
    expect(blocks.slice(2)).toEqual([['paragraph', '监测帮扶做到了应纳尽纳。'], ['paragraph', '红旗村的做法正在全县推广。']]);
  });

  it('一、 and （一） are headings of depth 2 and 3, and 1. headings under them go one deeper', () => {
    const blocks = ingestText('工作报告\n一、工作开展情况\n（一）防止返贫监测帮扶持续加强\n全年共排查农户4.2万户，新识别监测对象216户738人。\n1.完善监测机制\n县乡村三级建立了防返贫网格员队伍，实行常态排查，确保早发现、早干预。', { file: 's.txt' }).blocks;
    expect(blocks.filter((b) => b.type === 'heading').map((b) => [b.text, b.level, b.ordinal])).toEqual([
      ['一、工作开展情况', 2, undefined], ['（一）防止返贫监测帮扶持续加强', 3, undefined], ['完善监测机制', 4, '1'],
    ]);
  });

  it('a list of space-separated names is a byline, not a heading, and so is the affiliation under it', () => {
    const blocks = kinds('易地扶贫搬迁后续扶持成效调查\n王海鹰 陈思远 杨秀梅\n（贵州民族大学社会学院，贵阳 550025）\n摘要：本文基于对三个安置点的问卷调查，考察搬迁群众的就业和收入状况。');
    expect(blocks.slice(1, 3)).toEqual([['byline', '王海鹰 陈思远 杨秀梅'], ['byline', '（贵州民族大学社会学院，贵阳 550025）']]);
  });

  it('parallel phrases that are not names stay a heading', () => {
    const blocks = kinds('壶关县脱贫攻坚纪实\n打造四色品牌 实现稳定增收\n壶关县全面实施“一村一品一主体”战略，因地制宜，因村而异，全力打造四色品牌。');
    expect(blocks[1]).toEqual(['heading', '打造四色品牌 实现稳定增收', 2]);
  });

  it('a caption with a credit is never glued to the paragraph after it', () => {
    const blocks = kinds('标题行在此\n正文第一段写得很长，超过了五十个字，所以一定是正文段落，而不是标题或者图片说明文字。\n村民在合作社分拣香菇，一派丰收景象 新华社记者 张三 摄\n近年来，全县食用菌种植规模不断扩大，带动群众增收。');
    expect(blocks.slice(2)).toEqual([['caption', '村民在合作社分拣香菇，一派丰收景象 新华社记者 张三 摄'], ['paragraph', '近年来，全县食用菌种植规模不断扩大，带动群众增收。']]);
  });

  it('short lines taken as captions without a credit are a warning with their line', () => {
    const result = ingestText('标题\n正文第一段写得很长，超过了五十个字，所以一定是正文段落，而不是标题或者图片说明文字。\n移民新居\n产业园区', { file: 'source.txt' });
    expect(result.diagnostics.filter((d) => d.ruleId === 'ingest/caption-guess')).toEqual([expect.objectContaining({ severity: 'warning', line: 3 })]);
  });
});
