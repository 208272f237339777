import { ENTRIES } from './fixtures/glossary-entries.js';
import { testRule } from './rule-tester.js';
import { termFirstMention } from './term-first-mention.js';

const source = '紧扣“两不愁三保障”标准，实施“五个一批”工程。';
const compact = 'Closely following the two assurances and three guarantees, we carried out the five batches project.';
const explained = 'Closely following the "two assurances and three guarantees" (assured food and clothing; guaranteed access to compulsory education, basic medical services and safe housing), we carried out the "five batches" (five ways of lifting people out of poverty) project.';

testRule(termFirstMention, {
  valid: [
    { name: 'first mention explained', source, target: explained, entries: ENTRIES, mentionedBefore: new Set() },
    { name: 'later mention compact', source, target: compact, entries: ENTRIES, mentionedBefore: new Set(['两不愁三保障', '五个一批']) },
    { name: 'order unknown', source, target: compact, entries: ENTRIES },
  ],
  invalid: [
    { name: 'first mention compact', source, target: compact, entries: ENTRIES, mentionedBefore: new Set(), count: 2 },
    { name: 'one explained, one not', source, target: compact, entries: ENTRIES, mentionedBefore: new Set(['五个一批']), count: 1 },
  ],
});
