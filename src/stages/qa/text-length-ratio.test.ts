import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { sourceUnits, textLengthRatio } from './text-length-ratio.js';
import { describe, expect, it } from 'vitest';

const source = '革命战争年代，在1320平方公里的土地上，不足10万人的沁县，出粮、出兵、出干部，谱写了可歌可泣的传奇篇章。';
const good = 'During the revolutionary war, Qin County, with fewer than 100,000 people on its 1,320 square kilometres, gave grain, soldiers and cadres, writing a moving and heroic chapter.';

testRule(textLengthRatio, {
  valid: [
    { source, target: good },
    { name: 'glossary explanation in parentheses not counted', source: '按照“六个精准”要求推进工作', target: 'Work advanced as the "targeted efforts in six areas" (identifying the poor accurately, arranging targeted programmes, using funds efficiently, taking household-based measures, dispatching first Party secretaries, achieving the set goals) require' }, { name: 'short caption ignored', source: '移民新居', target: 'New homes' }],
  invalid: [
    { name: 'clause dropped', source, target: 'During the revolutionary war, Qin County gave grain.', count: 1 },
    { name: 'pasted twice', source, target: `${good} ${good} ${good}`, count: 1 },
  ],
});

describe('sourceUnits', () => {
  it('counts Han as 1, digits and letters as ½, punctuation as 0', () => {
    expect(sourceUnits('不足10万人，')).toBe(5);
  });
});
