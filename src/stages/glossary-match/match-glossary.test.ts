import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { loadGlossary } from '../../stores/glossary-yaml.js';
import { GLOSSARY_BASIC } from '../../stores/fixtures/glossary-temp-project.js';
import { createGlossaryMatcher } from './match-glossary.js';

const glossary = await loadGlossary(GLOSSARY_BASIC);
const matcher = createGlossaryMatcher(glossary);
const found = (text: string, m = matcher): [string, string, number, number][] =>
  m.match(text).map((x) => [x.entry.zh, x.surface, x.start, x.end]);

describe('createGlossaryMatcher', () => {
  it.each<[string, string, [string, string, number, number][]]>([
    ['a term inside a sentence', '沁县坚持精准扶贫方略。', [['沁县', '沁县', 0, 2], ['精准扶贫', '精准扶贫', 4, 8]]],
    ['the longest term at a position', '精准扶贫', [['精准扶贫', '精准扶贫', 0, 4]]],
    ['two adjacent terms', '牢牢把握精准扶贫精准脱贫基本方略', [['精准扶贫', '精准扶贫', 4, 8], ['精准脱贫', '精准脱贫', 8, 12]]],
    ['a shorter term alone', '扶贫工作', [['扶贫', '扶贫', 0, 2]]],
    ['a term that contains another', '巩固拓展脱贫攻坚成果', [['巩固拓展脱贫攻坚成果', '巩固拓展脱贫攻坚成果', 0, 10]]],
    ['Traditional text', '秦軍說，要鞏固拓展脫貧攻堅成果。', [['巩固拓展脱贫攻坚成果', '鞏固拓展脫貧攻堅成果', 5, 15]]],
    ['Traditional with a shorter term', '脫貧攻堅戰', [['脱贫攻坚', '脫貧攻堅', 0, 4]]],
    ['the canonical form', '紧扣“两不愁三保障”标准', [['两不愁三保障', '两不愁三保障', 3, 9]]],
    ['a variant', '围绕“两不愁、三保障”目标', [['两不愁三保障', '两不愁、三保障', 3, 10]]],
    ['a variant with a half-width comma', '紧紧围绕“两不愁,三保障”目标要求', [['两不愁三保障', '两不愁,三保障', 5, 12]]],
    ['a variant with a full-width comma', '紧紧围绕“两不愁，三保障”目标要求', [['两不愁三保障', '两不愁，三保障', 5, 12]]],
    ['Arabic digits, half and full width', '绿色即“6个1”和“６个１”', [['6个1', '6个1', 4, 7], ['6个1', '６个１', 10, 13]]],
    ['a deprecated entry is not matched (its shorter term is)', '县扶贫办主任', [['扶贫', '扶贫', 1, 3]]],
    ['nothing', '人均可支配收入年均增长9.98%', []],
  ])('finds %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('matches deprecated entries when asked (for lint)', () => {
    expect(found('县扶贫办主任', createGlossaryMatcher(glossary, { includeDeprecated: true }))).toEqual([['扶贫办', '扶贫办', 1, 4]]);
  });

  it('returns overlapping occurrences when asked (for usage counts)', () => {
    expect(found('精准扶贫精准脱贫', createGlossaryMatcher(glossary, { overlapping: true }))).toEqual([
      ['精准扶贫', '精准扶贫', 0, 4], ['扶贫', '扶贫', 2, 4], ['精准脱贫', '精准脱贫', 4, 8],
    ]);
  });

  it('resolves overlaps leftmost-longest across entries', () => {
    const entry = (zh: string): GlossaryEntry => ({ zh, en: zh, kind: 'general', status: 'proposed' });
    const m = createGlossaryMatcher({ entries: [entry('一村一品'), entry('品一主体'), entry('一主体'), entry('一乡一业')] });
    expect(found('一村一品一主体、一乡一业一基地', m)).toEqual([
      ['一村一品', '一村一品', 0, 4], ['一主体', '一主体', 4, 7], ['一乡一业', '一乡一业', 8, 12],
    ]);
  });

  it('returns entries by reference, with an empty glossary finding nothing', () => {
    expect(matcher.match('精准扶贫')[0]?.entry).toBe(glossary.findByZh('精准扶贫'));
    expect(createGlossaryMatcher({ entries: [] }).match('精准扶贫')).toEqual([]);
  });
});
