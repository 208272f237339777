import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from '../../../test/helpers/qa-rule-tester.js';
import { termFirstMention } from './term-first-mention.js';

const source = '紧扣“两不愁三保障”标准，实施“五个一批”工程。';
const compact = 'Closely following the two assurances and three guarantees, we carried out the five batches project.';
const explained = 'Closely following the "two assurances and three guarantees" (assured food and clothing; guaranteed access to compulsory education, basic medical services and safe housing), we carried out the "five batches" (five ways of lifting people out of poverty) project.';

const SECRETARY: GlossaryEntry = { zh: '县委书记', en: 'county Party secretary', first: 'secretary of the county Party committee', kind: 'title', status: 'proposed' };
const heading = '落实“两不愁三保障”';
const headingCompact = 'Delivering the "two assurances and three guarantees"';
const headingExplained = 'Delivering the "two assurances and three guarantees" (assured food and clothing; guaranteed access to compulsory education, basic medical services and safe housing)';

testRule(termFirstMention, {
  valid: [
    { name: 'first mention explained', source, target: explained, entries: ENTRIES, mentionedBefore: new Set() },
    { name: 'later mention compact', source, target: compact, entries: ENTRIES, mentionedBefore: new Set(['两不愁三保障', '五个一批']) },
    { name: 'order unknown', source, target: compact, entries: ENTRIES },
    { name: 'a heading uses the short form, even before any mention', source: heading, target: headingCompact, kind: 'heading', entries: ENTRIES, mentionedBefore: new Set() },
    { name: 'a title uses the short form', source: heading, target: headingCompact, kind: 'title', entries: ENTRIES },
    { name: 'a fuller name (no bracketed gloss) may recur', source: '县委书记、县委副书记', target: 'The secretary and the deputy secretary of the county Party committee', entries: [SECRETARY], mentionedBefore: new Set(['县委书记']) },
  ],
  invalid: [
    { name: 'first mention compact', source, target: compact, entries: ENTRIES, mentionedBefore: new Set(), count: 2 },
    { name: 'one explained, one not', source, target: compact, entries: ENTRIES, mentionedBefore: new Set(['五个一批']), count: 1 },
    { name: 'a heading carries the explanation', source: heading, target: headingExplained, kind: 'heading', entries: ENTRIES, mentionedBefore: new Set(), count: 1, expected: 'two assurances and three guarantees' },
    { name: 'a title carries the explanation, order unknown', source: heading, target: headingExplained, kind: 'title', entries: ENTRIES, count: 1 },
    { name: 'explained again after the first mention', source, target: explained, entries: ENTRIES, mentionedBefore: new Set(['两不愁三保障', '五个一批']), count: 2 },
  ],
});
