import { punctuationBrackets } from './punctuation-brackets.js';
import { punctuationFullWidth } from './punctuation-full-width.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';

testRule(punctuationFullWidth, {
  valid: [
    { source: '“五个一批”', target: 'the “five batches”' },
    { source: '访真贫、查实情、解难题。', target: 'visit the truly poor, find the facts, solve problems.' },
  ],
  invalid: [
    { source: '访真贫、查实情、解难题。', target: 'visit the truly poor，find the facts，solve problems。', count: 1, expected: ',.' },
    { source: '（居）', target: '（neighbourhoods）', count: 1 },
  ],
});

testRule(punctuationBrackets, {
  valid: [
    { source: '227个村(居)', target: '227 villages (neighbourhoods)' },
    { source: '实施“五个一批”工程', target: 'carried out the "five batches" project' },
    { name: 'quote opened in an earlier segment', source: '”活动，每月吃住在村', target: '" campaign, living in the villages each month' },
    { name: 'apostrophes are not quotes', source: '群众的获得感', target: "people's sense of gain" },
  ],
  invalid: [
    { source: '实施“五个一批”工程', target: 'carried out the “five batches project', count: 1 },
    { source: '227个村(居)', target: '227 villages (neighbourhoods', count: 1 },
    { source: '“一村一品”(特色产业)', target: '"one village, one product (distinctive industry', count: 2 },
  ],
});
