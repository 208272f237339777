import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { styleNumerals } from './style-numerals.js';

const TEN_PROJECTS = { zh: '十大工程', en: 'Ten Major Projects', kind: 'programme', status: 'proposed' } as const;

testRule(styleNumerals, {
  valid: [
    { source: '建成3个村。', target: 'It built three villages.' },
    { source: '建成12个村。', target: 'It built 12 villages.' },
    { source: '种植3亩。', target: 'It planted 3 mu and saved 6 yuan; income rose 5 percent and 7%.', name: 'figures with units and percentages' },
    { source: '3月5日。', target: 'On March 5 and on 6 May, at 9:30.', name: 'dates and times' },
    { source: '3至5户。', target: 'Between 3 and 5 households, or 3–5 villages.', name: 'ranges' },
    { source: '5个镇227个村。', target: 'It administers 5 towns and 227 villages.', name: 'a series with a figure of 10 or more' },
    { source: '十大工程。', target: 'It ran the Ten Major Projects.', entries: [TEN_PROJECTS], name: 'a glossary rendering' },
    { source: '“十个一”。', target: 'the "ten ones" campaign', name: 'a quotation' },
    { source: '十二个功夫。', target: 'Twelve efforts with an embroiderer’s care. Twelve villages joined.', name: 'a sentence or headline begins with words' },
    { source: '1.5万。', target: 'It has 1.5 million people, ten thousand enterprises.', name: 'decimals and ten thousand' },
  ],
  invalid: [
    { source: '建成3个村。', target: 'It built 3 villages.', count: 1, expected: 'three' },
    { source: '建成12个村。', target: 'It built twelve villages.', count: 1, expected: '12' },
    { source: '二十五户。', target: 'In all, twenty-five households took part.', count: 1, expected: '25' },
    { source: '3个村和2所学校。', target: 'It built 3 villages and 2 schools.', count: 2, expected: 'three' },
  ],
});
