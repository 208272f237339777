import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { textEmpty } from './text-empty.js';
import { textSameAsSource } from './text-same-as-source.js';
import { textUntranslated } from './text-untranslated.js';

testRule(textUntranslated, {
  valid: [
    { source: '县长张宏伟一线指导脱贫项目', target: 'County head Zhang Hongwei gives guidance on poverty projects on the front line' },
    { name: 'copied source is same-as-source business', source: '移民新居', target: '移民新居' },
  ],
  invalid: [
    { source: '移民新居', target: 'New homes for 移民', count: 1 },
    { source: '英雄热土，浩气长存。', target: 'A land of heroes，浩气长存。', count: 1 },
  ],
});

testRule(textEmpty, {
  valid: [{ source: '移民新居', target: 'New homes for relocated families' }, { source: '', target: '' }],
  invalid: [{ source: '移民新居', target: '', count: 1 }, { source: '道路交通', target: '  . ', count: 1 }],
});

testRule(textSameAsSource, {
  valid: [
    { name: 'dateline', source: '2021-12-15 09:20:00', target: '2021-12-15 09:20:00' },
    { source: '光伏发电', target: 'Photovoltaic power' },
  ],
  invalid: [{ source: '光伏发电', target: '光伏发电', count: 1 }, { source: '设施蔬菜', target: ' 设施蔬菜 ', count: 1 }],
});
