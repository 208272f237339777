import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { consistencySource } from './consistency-source.js';
import { consistencyTarget } from './consistency-target.js';
import type { GlossaryEntry } from '../../model/glossary-entry.js';

const COUNTY_SECRETARY: GlossaryEntry = {
  zh: '县委书记', en: 'county Party secretary', first: 'secretary of the county Party committee',
  accepted: ['Secretary of the County Party Committee'], kind: 'title', status: 'proposed',
};
const CPPCC: GlossaryEntry = {
  zh: '政协', en: 'CPPCC committee', first: "the committee of the Chinese People's Political Consultative Conference (CPPCC)",
  accepted: ["Chinese People's Political Consultative Conference"], kind: 'institution', status: 'proposed',
};
const POOR_VILLAGE: GlossaryEntry = { zh: '贫困村', en: 'poor villages', accepted: ['poor village'], kind: 'general', status: 'proposed' };

const a = { source: '坚持精准扶贫、精准脱贫基本方略。', target: 'We kept to the basic strategy of targeted poverty alleviation.' };
testRule(consistencySource, {
  valid: [
    { pairs: [a, { ...a, segmentId: 'x2' }] },
    { name: 'quotes and commas differ, same English', pairs: [a, { source: '坚持“精准扶贫”,精准脱贫基本方略', target: 'We kept to the basic strategy of targeted poverty alleviation' }] },
    { name: 'grammatical variants of accepted forms', pairs: [
      { source: '建档立卡贫困户3175户', target: '3,175 registered poor households', entries: [{ zh: '建档立卡', en: 'registered poor', accepted: ['registered as poor'], kind: 'general', status: 'approved' }] },
      { source: '建档立卡贫困户', target: 'households registered as poor', entries: [{ zh: '建档立卡', en: 'registered poor', accepted: ['registered as poor'], kind: 'general', status: 'approved' }] },
    ] },
    { name: 'first form (differing only in case from an accepted form) and en are one rendering', pairs: [
      { source: '县委书记卢展明调研基础设施建设', target: 'Lu Zhanming, secretary of the county Party committee, inspecting infrastructure', entries: [COUNTY_SECRETARY] },
      { source: '县委书记、县长任双组长', target: 'with the county Party secretary and the county head as joint heads', entries: [COUNTY_SECRETARY] },
      { source: '由县委书记、县长任指挥长', target: 'with the county Party secretary and the county head as commanders', entries: [COUNTY_SECRETARY] },
    ] },
    { name: 'an accepted form inside the first form is not a second rendering', pairs: [
      { source: '市政协驻石板上村工作队', target: "the work team stationed by the committee of the Chinese People's Political Consultative Conference (CPPCC) of the city", entries: [CPPCC] },
      { source: '政协主席牵头', target: 'the chairman of the county CPPCC committee taking the lead', entries: [CPPCC] },
    ] },
    { name: 'singular and plural of a place word are one rendering', pairs: [
      { source: '黎城县重点贫困村——南村', target: 'Nancun Village, a key poor village in Licheng County', entries: [POOR_VILLAGE] },
      { source: '共有贫困村285个', target: 'It has 285 poor villages', entries: [POOR_VILLAGE] },
      { source: '29个贫困村', target: '29 poor villages', entries: [POOR_VILLAGE] },
    ] },
    { name: 'one term, one form', pairs: [{ ...a, entries: ENTRIES }, { source: '精准扶贫成效显著', target: 'Targeted poverty alleviation worked', entries: ENTRIES }] },
  ],
  invalid: [
    { name: 'a second form beside the first form still counts', count: 1, expected: 'CPPCC committee', pairs: [
      { source: '政协委员', target: "members of the committee of the Chinese People's Political Consultative Conference (CPPCC), the Chinese People's Political Consultative Conference", entries: [CPPCC] },
      { source: '政协主席', target: 'the chairman of the county CPPCC committee', entries: [CPPCC] },
      { source: '县政协', target: 'the county CPPCC committee', entries: [CPPCC] },
    ] },
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
