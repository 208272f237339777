import { ENTRIES, QIN_COUNTY } from './fixtures/glossary-entries.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { nameRomanisation } from './name-romanisation.js';

const byline = '中共房县县委书记 蔡贤忠';
testRule(nameRomanisation, {
  valid: [
    { source: byline, target: 'Cai Xianzhong, Secretary of the CPC Fang County Committee', entries: ENTRIES },
    { source: '沁县脱贫攻坚综述', target: 'An overview of poverty alleviation in Qin County', entries: ENTRIES },
    { name: 'a spelling the glossary accepts', source: '沁县脱贫攻坚综述', target: 'Qinxian overview', entries: [{ ...QIN_COUNTY, accepted: ['Qinxian'] }] },
    { name: 'possessive', source: '蔡贤忠说', target: "Cai Xianzhong's remarks", entries: ENTRIES },
  ],
  invalid: [
    { name: 'given name first', source: byline, target: 'Xianzhong Cai, Secretary of the CPC Fang County Committee', entries: ENTRIES, count: 1, expected: 'Cai Xianzhong' },
    { name: 'hyphenated given name', source: byline, target: 'Cai Xian-zhong, Fang County Party secretary', entries: ENTRIES, count: 1 },
    { name: 'split given name', source: byline, target: 'Cai Xian Zhong, Fang County Party secretary', entries: ENTRIES, count: 1 },
    { name: 'place as pinyin', source: '沁县脱贫攻坚综述', target: 'An overview of poverty alleviation in Qinxian', entries: ENTRIES, count: 1, expected: 'Qin County' },
    { name: 'place split', source: '沁县脱贫攻坚综述', target: 'Qin Xian overview', entries: [{ ...QIN_COUNTY, accepted: ['Qinxian'] }], count: 1 },
    { name: 'Fangxian', source: byline, target: 'Cai Xianzhong, Secretary of the CPC Fangxian Committee', entries: ENTRIES, count: 1 },
  ],
});
