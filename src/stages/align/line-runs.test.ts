import { describe, expect, it } from 'vitest';
import { continuesAcross, isHardWrapped, lineRuns } from './line-runs.js';

describe('continuesAcross', () => {
  it.each([
    ['a clause broken after 与', '沁县坚持实绩与', '实效挂钩。', 'zh', 'running', true],
    ['a line ending on a comma', '全县共有贫困村八十个，', '其中深度贫困村二十个。', 'zh', 'running', true],
    ['a headline holding a comma, without a final 。', '安倍晋三录视频祝新中国成立70周年，还说了句中文', '当地时间26号，日本首相安倍晋三通过视频祝贺中华人民共和国成立70周年。', 'zh', 'running', false],
    ['a headline holding a quotation and a comma', '特鲁多“人设崩塌 ” ， 他还能成功连任吗', '这次把特鲁多绊出一溜跟头的“大坑”，正是他自己挖的。', 'zh', 'running', false],
    ['a headline without a final 。 before its first sentence', '沁县举办消费扶贫展销会', '10月18日，展销会在县城开幕。', 'zh', 'running', false],
    ['a finished Chinese sentence', '脱贫攻坚，成败在于精准。', '沁县坚持靶向治疗。', 'zh', 'running', false],
    ['an English line running into a lower-case word', 'The county set up a leading', 'group for poverty alleviation.', 'en', 'running', true],
    ['an English headline before its first sentence', 'Qin County Holds a Consumption Fair', 'The fair opened on 18 October.', 'en', 'running', false],
    ['a hard-wrapped line without a final stop', '全县共有贫困村八十个其中深度贫困', '村二十个。', 'zh', 'wrapped', true],
    ['one sentence per line: even a comma ends the unit', '起初神创造天地，', '地是空虚混沌。', 'zh', 'units', false],
    ['one sentence per line: even a function word ends the unit', 'He gave it to', 'them.', 'en', 'units', false],
  ] as const)('%s', (_name, previous, next, language, mode, expected) => {
    expect(continuesAcross(previous, next, language, mode)).toBe(expected);
  });
});

describe('isHardWrapped', () => {
  it('recognises text wrapped at a fixed width, not lines of varying length', () => {
    const wrapped = ['沁县狠抓脱贫攻坚主体责任落实坚持实绩与实效挂', '钩组建脱贫攻坚领导小组县委书记县长任双组长全', '县共抽调干部一千二百余名驻村帮扶做到贫困村全', '覆盖每村都有驻村工作队每户都有帮扶责任人落实', '到位。'];
    const ragged = ['起初神创造天地。', '地是空虚混沌，渊面黑暗；神的灵运行在水面上。', '神说：要有光。', '就有了光。', '神看光是好的，就把光暗分开了。'];
    expect(isHardWrapped([wrapped])).toBe(true);
    expect(isHardWrapped([ragged])).toBe(false);
  });
});

describe('lineRuns', () => {
  it('keeps a headline apart and joins a sentence broken across lines', () => {
    const lines = ['沁县举办消费扶贫展销会', '10月18日，展销会在县城开幕，全县', '二十个合作社参展。'];
    expect(lineRuns(lines, 'zh', 'running')).toEqual([[lines[0]], [lines[1], lines[2]]]);
  });
});
