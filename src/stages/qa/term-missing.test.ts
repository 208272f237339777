import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { termMissing } from './term-missing.js';

testRule(termMissing, {
  valid: [
    { source: '严格执行“两不愁三保障”的现行贫困标准。', target: 'The current poverty standard of the two assurances and three guarantees was strictly applied.', entries: ENTRIES },
    { source: '坚持精准扶贫、精准脱贫基本方略。', target: 'We kept to the basic strategy of Targeted Poverty Alleviation and targeted exit from poverty.', entries: ENTRIES },
    { name: 'accepted form', source: '坚持精准扶贫。', target: 'We kept to targeted poverty reduction.', entries: ENTRIES },
    { name: 'plural tolerated', source: '179名驻村“第一书记”', target: '179 resident first secretaries', entries: ENTRIES },
    { name: 'Traditional variant', source: '沁縣作為一個農業縣', target: 'As an agricultural county, Qin County …', entries: ENTRIES },
    { name: 'empty target is text/empty business', source: '精准扶贫', target: '', entries: ENTRIES },
  ],
  invalid: [
    { source: '严格执行“两不愁三保障”的现行贫困标准。', target: 'The current poverty standard was strictly applied.', entries: ENTRIES, count: 1, expected: 'two assurances and three guarantees' },
    { source: '县委书记卢展明调研基础设施建设', target: 'County Party Secretary Lu inspects infrastructure construction', entries: ENTRIES, count: 1, expected: 'Lu Zhanming' },
    { source: '沁县坚持精准扶贫', target: 'The county persisted in precise poverty alleviation', entries: ENTRIES, count: 2 },
  ],
});
