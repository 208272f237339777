import { describe, expect, it } from 'vitest';
import { similarity } from './choose-title.js';
import { ingestText } from './ingest-text.js';

const BODY = '近年来，平川县把食用菌作为巩固拓展脱贫攻坚成果、推进乡村振兴的主导产业来抓，让群众在家门口就能稳定增收。';
const ingest = (text: string) => ingestText(text, { file: 'source.txt' });
const titleOf = (text: string) => ingest(text).blocks.find((b) => b.type === 'title')?.text;
const warnings = (text: string) => ingest(text).diagnostics.filter((d) => d.ruleId.startsWith('ingest/title-')).map((d) => [d.ruleId, d.line]);

describe('chooseTitle: by evidence, not the first line', () => {
  it('not a site name or a breadcrumb', () => {
    const text = `平川县人民政府门户网站\n当前位置：首页 > 乡村振兴 > 正文\n平川县：小小食用菌撑起致富大产业\n${BODY}`;
    expect(titleOf(text)).toBe('平川县：小小食用菌撑起致富大产业');
    expect(warnings(text)).toEqual([]);
  });

  it('not a byline or a dateline before it', () => {
    expect(titleOf(`2023-11-02 16:30\n本报记者 李卫东\n桐溪县消费帮扶让山货走出大山\n${BODY}`)).toBe('桐溪县消费帮扶让山货走出大山');
  });

  it('the line that matches 原标题 wins over an earlier candidate', () => {
    const text = `乡村振兴在行动\n小小食用菌撑起致富大产业\n原标题：平川县小小食用菌撑起致富大产业\n${BODY}`;
    expect(titleOf(text)).toBe('小小食用菌撑起致富大产业');
    expect(ingest(text).blocks.find((b) => b.text === '平川县小小食用菌撑起致富大产业')?.type).toBe('subtitle');
  });

  it('a headline may end in ！ or ？, never in 。', () => {
    expect(titleOf(`乡村美了，村民笑了！\n${BODY}`)).toBe('乡村美了，村民笑了！');
    expect(titleOf(`全县召开乡村振兴推进会。\n${BODY}`)).toBeUndefined();
  });

  it('a short kicker above the headline is the kicker, and the choice is flagged', () => {
    const text = `乡村振兴\n石门县：茶产业铺就群众增收路\n${BODY}`;
    expect(ingest(text).blocks.slice(0, 2).map((b) => [b.type, b.text])).toEqual([['subtitle', '乡村振兴'], ['title', '石门县：茶产业铺就群众增收路']]);
    expect(warnings(text)).toEqual([['ingest/title-uncertain', 2]]);
  });

  it('weak evidence (an over-long line) is a warning; none at all says so', () => {
    expect(warnings(`关于进一步加强和改进新时代农村基层党组织建设推动乡村全面振兴高质量发展的实施意见和配套措施的通知\n${BODY}`)).toEqual([['ingest/title-uncertain', 1]]);
    expect(warnings(`2021-12-15 09:20:00\n${BODY}`)).toEqual([['ingest/title-missing', 1]]);
  });

  it('similarity is the Dice coefficient of character bigrams', () => {
    expect(similarity('乡村振兴', '乡村振兴')).toBe(1);
    expect(similarity('乡村振兴', '脱贫攻坚')).toBe(0);
    expect(similarity('食用菌产业', '食用菌')).toBeCloseTo(2 * 2 / (4 + 2));
  });
});
