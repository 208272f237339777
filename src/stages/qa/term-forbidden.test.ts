import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { termForbidden } from './term-forbidden.js';

testRule(termForbidden, {
  valid: [
    { source: '坚持精准扶贫。', target: 'We kept to targeted poverty alleviation.', entries: ENTRIES },
    { name: 'forbidden form of a term not in the source', source: '沁县脱贫攻坚综述', target: 'Precise poverty alleviation in Qin County', entries: ENTRIES },
    { name: 'forbidden for one term, right for another', source: '途经陕西、山西等地', target: 'through Shaanxi, Shanxi and other places', entries: [
      { zh: '山西', en: 'Shanxi', kind: 'place', forbidden: ['Shaanxi'], status: 'approved' }, { zh: '陕西', en: 'Shaanxi', kind: 'place', status: 'approved' },
    ] },
  ],
  invalid: [
    { name: 'one finding per span', source: '行程超过1万公里', target: 'covering more than 10 thousand kilometers', count: 1, entries: [{ zh: '公里', en: 'kilometres', kind: 'unit', forbidden: ['kilometer', 'kilometers'], status: 'approved' }] },
    { source: '坚持精准扶贫。', target: 'We kept to Precise Poverty Alleviation.', entries: ENTRIES, count: 1, expected: 'targeted poverty alleviation' },
    { source: '紧扣“两不愁三保障”标准', target: 'Closely following the standard of “two no-worries and three guarantees”', entries: ENTRIES, count: 1 },
    { source: '179名驻村“第一书记”', target: '179 resident first Party secretaries', entries: ENTRIES, count: 1 },
  ],
});
