import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../../test/helpers/paths.js';
import { ingestText } from './ingest-text.js';
import { parseOverrides } from './overrides.js';

const seed = (prefix: string) => {
  const name = ['000_b3943f8056338c7e.txt', '001_babb3a81206cec1e.txt', '002_b2b32abeabfeafd8.txt', '003_fd23042564914def.txt', '004_7bea98d680bfecd6.txt'].find((f) => f.startsWith(prefix))!;
  return readFileSync(join(SEEDS, name), 'utf8');
};
const ingestSeed = (prefix: string) => ingestText(seed(prefix), { file: 'source.txt' });
const rules = (result: ReturnType<typeof ingestText>, ruleId: string) => result.diagnostics.filter((d) => d.ruleId === ruleId);

describe('ingestText on the real seeds', () => {
  it('rejoins the paragraph the Qin County overview breaks mid-word (对基 / 础设施)', () => {
    const result = ingestSeed('000');
    const joined = result.blocks.find((b) => b.text.includes('对基础设施'));
    expect(joined?.type).toBe('paragraph');
    expect(result.blocks.some((b) => b.text.endsWith('对基'))).toBe(false);
    expect(rules(result, 'ingest/broken-paragraph').map((d) => d.line)).toEqual([56, 72]);
  });

  it('takes the caption block of the Qin County overview as captions, and its sections as headings', () => {
    const result = ingestSeed('000');
    const captions = result.blocks.filter((b) => b.type === 'caption').map((b) => b.text);
    expect(captions.slice(0, 3)).toEqual(['县委书记卢展明调研基础设施建设', '县长张宏伟一线指导脱贫项目', '移民新居']);
    expect(result.blocks.find((b) => b.text === '一种责任：主官主责 全员全责')?.type).toBe('heading');
    expect(result.blocks[0]).toMatchObject({ type: 'title', text: '打赢脱贫攻坚战 决胜小康新时代' });
    expect(result.blocks[1]).toMatchObject({ type: 'subtitle', text: '——沁县脱贫攻坚综述' });
  });

  it('removes every pinyin annotation of the Traditional report and keeps genuine parentheses', () => {
    const result = ingestSeed('003');
    // Damage left marked for a person (⟦…⟧) is kept exactly as received, annotations and all.
    const text = result.blocks.map((b) => b.text.replace(/⟦[^⟧]*⟧/gu, '')).join('\n');
    expect(text).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u);
    expect(rules(result, 'ingest/pinyin-annotation').length).toBeGreaterThanOrEqual(414);
    expect(text).toContain('沁州黃小米（集團）有限公司');
    expect(text).toContain('（試行）');
    expect(text).toContain('鄉村振興');
  });

  it('joins the lone opening quote and turns the Licheng lone numbers into heading ordinals', () => {
    const result = ingestSeed('002');
    expect(result.blocks.find((b) => b.sourceLine === 11)?.text.startsWith('“脱贫攻坚，是当前最大的政治任务')).toBe(true);
    const efforts = result.blocks.filter((b) => b.type === 'heading' && /^在.+功夫$/u.test(b.text));
    expect(efforts.map((b) => b.ordinal)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(result.blocks.some((b) => /^\d+$/.test(b.text))).toBe(false);
    expect(rules(result, 'ingest/lone-number')).toHaveLength(6);
  });

  it('makes half-width punctuation in Chinese full-width but keeps digit separators and times', () => {
    const result = ingestText('全县共辖5个镇,1,000人(2018年撤并3个):好\n2021-12-15 09:20:00\n', { file: 'x.txt' });
    expect(result.blocks.map((b) => b.text)).toEqual(['全县共辖5个镇，1,000人（2018年撤并3个）：好', '2021-12-15 09:20:00']);
    expect(rules(result, 'ingest/punctuation-width')[0]?.line).toBe(1);
  });

  it('repairs the one mojibake spot it can prove and marks the others with their lines', () => {
    const result = ingestSeed('003');
    const repaired = rules(result, 'ingest/mojibake-repaired');
    expect(repaired).toHaveLength(1);
    expect(repaired[0]).toMatchObject({ line: 43, actual: '??h委常委會', expected: '。縣委常委會' });
    expect(rules(result, 'ingest/mojibake-unrecovered').map((d) => d.line)).toEqual(expect.arrayContaining([22, 32, 39, 50]));
    expect(result.blocks.some((b) => b.text.includes('⟦'))).toBe(true);
  });

  it('applies a person’s overrides and reports them', () => {
    const overrides = parseOverrides('text:\n  - line: 22\n    find: "??紤]到"\n    replace: "。考慮到"\n', 'overrides.yaml');
    const result = ingestText(seed('003'), { file: 'source.txt', overrides, overridesFile: 'overrides.yaml' });
    expect(result.blocks.some((b) => b.text.includes('任務十分繁重。考慮到實際情況'))).toBe(true);
    expect(rules(result, 'ingest/override')).toHaveLength(1);
  });

  it('rejects an override whose text is not on its line', () => {
    const overrides = parseOverrides('text:\n  - line: 3\n    find: "不存在"\n    replace: "x"\n', 'overrides.yaml');
    expect(() => ingestText(seed('003'), { file: 'source.txt', overrides })).toThrow(/no longer match/);
  });

  it('recognises bylines with titles and numbered headings', () => {
    const fang = ingestSeed('004');
    expect(fang.blocks[1]).toMatchObject({ type: 'byline', text: '中共房县县委书记 蔡贤忠' });
    const huguan = ingestSeed('001');
    expect(huguan.blocks.find((b) => b.sourceLine === 17)).toMatchObject({ type: 'heading', ordinal: '1', text: '围绕一个目标' });
    expect(huguan.blocks.find((b) => b.sourceLine === 37)?.type).toBe('byline');
    expect(rules(huguan, 'ingest/truncated-paragraph').map((d) => d.line)).toEqual([73]);
  });

  it('leaves no mid-word breaks in any seed: every body paragraph ends a sentence', () => {
    for (const prefix of ['000', '002', '004']) {
      const result = ingestSeed(prefix);
      const open = result.blocks.filter((b) => b.type === 'paragraph' && !/[。！？；：”…）)]$/u.test(b.text));
      expect(open.map((b) => b.text.slice(-6))).toEqual([]);
    }
  });
});

describe('ingestText on text pasted from printed pages', () => {
  const pasted = [
    '回忆县里的扶贫开发岁月',
    '第12页 - 城口文史资料',
    '一九八八年，县里在几个乡试点发展党参、核桃和山羊，由信用社发放扶贫贴息贷款，每户三百元到五百元不等。起初群众不敢贷，怕还',
    '',
    '13',
    '',
    '不上。我们就请种得好的农户现身说法，又组织技术员驻村手把手地教。',
    '- 13 -',
  ].join('\n');

  it('drops the running head and page numbers and rejoins the sentence the page number cut', () => {
    const result = ingestText(pasted, { file: 'source.txt' });
    expect(result.blocks.map((b) => [b.type, b.text])).toEqual([
      ['title', '回忆县里的扶贫开发岁月'],
      ['paragraph', '一九八八年，县里在几个乡试点发展党参、核桃和山羊，由信用社发放扶贫贴息贷款，每户三百元到五百元不等。起初群众不敢贷，怕还不上。我们就请种得好的农户现身说法，又组织技术员驻村手把手地教。'],
    ]);
    expect(rules(result, 'ingest/furniture').map((d) => [d.line, d.actual])).toEqual([[2, '第12页 - 城口文史资料'], [5, '13'], [8, '- 13 -']]);
    expect(rules(result, 'ingest/broken-paragraph').map((d) => d.line)).toEqual([3]);
  });
});
