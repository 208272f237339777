import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from './rule-tester.js';
import { consistencySource } from './consistency-source.js';
import { consistencyTarget } from './consistency-target.js';

const a = { source: '坚持精准扶贫、精准脱贫基本方略。', target: 'We kept to the basic strategy of targeted poverty alleviation.' };
testRule(consistencySource, {
  valid: [
    { pairs: [a, { ...a, segmentId: 'x2' }] },
    { name: 'quotes and commas differ, same English', pairs: [a, { source: '坚持“精准扶贫”,精准脱贫基本方略', target: 'We kept to the basic strategy of targeted poverty alleviation' }] },
    { name: 'grammatical variants of accepted forms', pairs: [
      { source: '建档立卡贫困户3175户', target: '3,175 registered poor households', entries: [{ zh: '建档立卡', en: 'registered poor', accepted: ['registered as poor'], kind: 'general', status: 'approved' }] },
      { source: '建档立卡贫困户', target: 'households registered as poor', entries: [{ zh: '建档立卡', en: 'registered poor', accepted: ['registered as poor'], kind: 'general', status: 'approved' }] },
    ] },
    { name: 'one term, one form', pairs: [{ ...a, entries: ENTRIES }, { source: '精准扶贫成效显著', target: 'Targeted poverty alleviation worked', entries: ENTRIES }] },
  ],
  invalid: [
    { name: 'near-identical keys rendered two ways', count: 1, pairs: [a, a, { source: '坚持“精准扶贫”,精准脱贫基本方略。', target: 'The county stuck to the strategy of precision poverty relief.' }] },
    { name: 'term in en and in an accepted form', count: 1, pairs: [
      { ...a, entries: ENTRIES }, { source: '精准扶贫成效显著', target: 'Targeted poverty alleviation worked', entries: ENTRIES },
      { source: '推进精准扶贫', target: 'advance targeted poverty reduction', entries: ENTRIES },
    ] },
  ],
});

const line = 'Qin County built 248 standard village clinics.';
testRule(consistencyTarget, {
  valid: [
    { pairs: [{ source: '建设标准化村卫生室248个。', target: line }, { source: '建设标准化村卫生室248个', target: line }] },
    { name: 'short headings may repeat', pairs: [{ source: '道路交通', target: 'Roads' }, { source: '交通道路', target: 'Roads' }] },
  ],
  invalid: [
    { count: 1, pairs: [{ source: '建设标准化村卫生室248个。', target: line }, { source: '配备村医295人。', target: line }] },
  ],
});
