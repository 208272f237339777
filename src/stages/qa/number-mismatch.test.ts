import { describe, expect, it } from 'vitest';
import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { numberMismatch } from './number-mismatch.js';

testRule(numberMismatch, {
  valid: [
    { source: '179个贫困村全部退出，37467名贫困人口全部脱贫。', target: 'All 179 poor villages exited poverty and all 37,467 poor people were lifted out of it.' },
    { source: '投资4.3亿元，实施谷子、肉牛等特色农业产业项目948个。', target: 'Investing 430 million yuan, it carried out 948 projects in distinctive farming such as millet and beef cattle.' },
    { source: '贫困发生率由30.12%下降到5.62%,降低了24.5个百分点', target: 'the poverty headcount ratio fell from 30.12% to 5.62%, down 24.5 percentage points' },
    { name: 'glossary numerals ignored', source: '“十三五”期间，围绕“五个一批”完成105户搬迁', target: 'During the 13th Five-Year Plan, 105 households were relocated under the five batches', entries: ENTRIES },
    { source: '2017年7月4日医治无效', target: 'he died on 4 July 2017 despite treatment' },
  ],
  invalid: [
    { name: 'a unit in the glossary does not hide the figure', source: '在1320平方公里的土地上', target: 'on its 1,230 square kilometres', count: 1, expected: '1,320 square kilometers',
      entries: [{ zh: '平方公里', en: 'square kilometre', kind: 'unit', status: 'approved' }] },
    { name: 'changed figure', source: '37467名贫困人口全部脱贫', target: '37,476 poor people were lifted out of poverty', count: 1, expected: '37,467' },
    { name: 'wan misread', source: '贫困人口人均纯收入增加到2020年的10118元', target: 'per capita net income of the poor rose to 1,011,800 yuan in 2020', count: 1, expected: '10,118 yuan' },
    { name: 'figure dropped', source: '2381名干部组成277支驻村工作队', target: 'Cadres formed 277 village-based work teams', count: 1, expected: '2,381' },
    { name: 'yi misread', source: '投资1.45亿元改善办学条件', target: 'invested 14.5 million yuan to improve school conditions', count: 1, expected: '145 million yuan' },
  ],
});

describe('number/mismatch in the house spelling', () => {
  it('shows the expected figure with its unit spelled as the project spells (en-GB)', () => {
    const pair = { segmentId: 's1', source: '在1320平方公里的土地上', target: 'on its 1,230 square kilometres', matches: [] };
    expect(numberMismatch.check(pair, { spelling: 'en-GB' }).map((d) => d.expected)).toEqual(['1,320 square kilometres']);
    expect(numberMismatch.check(pair, { spelling: 'en-US' }).map((d) => d.expected)).toEqual(['1,320 square kilometers']);
  });
});
