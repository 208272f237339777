/**
 * False alarms of the QA rules on careful human translations: runs the number and term rules
 * (and, for reference, the other per-segment rules) on the human references in shared/heldout
 * with the project glossary, and prints how often each rule fires per 100 segments, with a
 * sample of firing cases so the reason can be read. Every finding here is either a false alarm
 * or a slip in the reference itself.
 *
 *   node --import tsx bench/qa-false-alarms.ts [--samples N] [--all-rules]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDraftVerifier } from '../src/app/translate/verify-draft.js';
import { createGlossaryMatcher } from '../src/stages/glossary-match/match-glossary.js';
import { QA_RULES, runQaRules, type CheckedPair } from '../src/stages/qa/index.js';
import { loadGlossary } from '../src/stores/glossary-yaml.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const HELDOUT = resolve(ROOT, '..', 'shared', 'heldout');
const SETS = ['rural_poverty_news_zh_en', 'un_sdg_zh_en', 'wmt20_news_zh_en'];
const MAIN_RULES = ['number/mismatch', 'term/missing', 'term/forbidden'];

const args = process.argv.slice(2);
const samplesAt = args.indexOf('--samples');
const samples = samplesAt >= 0 ? Number(args[samplesAt + 1] ?? 3) : 3;
const ruleIds = args.includes('--all-rules') ? QA_RULES.filter((r) => r.scope === 'segment').map((r) => r.id) : MAIN_RULES;
const rules = QA_RULES.filter((r) => ruleIds.includes(r.id));

function readLines(name: string, ext: string): string[] {
  return readFileSync(join(HELDOUT, `${name}.${ext}`), 'utf8').split('\n');
}

const matcher = createGlossaryMatcher(await loadGlossary(ROOT));
const totals = new Map<string, number>();
let totalSegments = 0;
// MT verification, on the same pairs: the segments it would refuse and `check` would flag as an error.
const verify = createDraftVerifier({ match: (text) => matcher.match(text) });
const refused = { verification: 0, check: 0, disagree: 0 };
const rows: string[] = [];
for (const set of SETS) {
  const zh = readLines(set, 'zh.txt');
  const en = readLines(set, 'en.txt');
  const pairs: CheckedPair[] = [];
  zh.forEach((source, i) => {
    const target = en[i] ?? '';
    if (source.trim() && target.trim()) pairs.push({ segmentId: `${set}:${i + 1}`, source, target, matches: matcher.match(source) });
  });
  totalSegments += pairs.length;
  const findings = runQaRules(pairs, { rules });
  const checkErrors = new Set(runQaRules(pairs, { rules: QA_RULES.filter((r) => r.scope === 'segment') }).filter((f) => f.severity === 'error').map((f) => f.segmentId));
  for (const pair of pairs) {
    const byVerification = verify({ id: pair.segmentId, source: pair.source, key: pair.segmentId, context: {}, terms: [] }, pair.target).length > 0;
    refused.verification += byVerification ? 1 : 0;
    refused.check += checkErrors.has(pair.segmentId) ? 1 : 0;
    refused.disagree += byVerification === checkErrors.has(pair.segmentId) ? 0 : 1;
  }
  const cells = ruleIds.map((id) => {
    const segments = new Set(findings.filter((f) => f.ruleId === id).map((f) => f.segmentId)).size;
    totals.set(id, (totals.get(id) ?? 0) + segments);
    return ((100 * segments) / pairs.length).toFixed(1).padStart(id.length);
  });
  rows.push(`${set.padEnd(26)} ${String(pairs.length).padStart(5)} ${cells.join(' ')}`);
  for (const id of ruleIds) {
    for (const f of findings.filter((d) => d.ruleId === id).slice(0, samples)) {
      const pair = pairs.find((p) => p.segmentId === f.segmentId);
      console.log(`[${id}] ${f.segmentId}: ${f.reason}${f.expected ? ` expected ${f.expected}` : ''}${f.actual ? ` found ${f.actual}` : ''}`);
      console.log(`    zh: ${pair?.source.slice(0, 160)}`);
      console.log(`    en: ${pair?.target.slice(0, 200)}`);
    }
  }
}
console.log(`\nSegments flagged per 100 (human reference translations, project glossary):`);
console.log(`${'set'.padEnd(26)} ${'segs'.padStart(5)} ${ruleIds.join(' ')}`);
for (const row of rows) console.log(row);
console.log(`${'all'.padEnd(26)} ${String(totalSegments).padStart(5)} ${ruleIds.map((id) => ((100 * (totals.get(id) ?? 0)) / totalSegments).toFixed(1).padStart(id.length)).join(' ')}`);
console.log(`\nSegments with an error, per 100: duizhao check ${((100 * refused.check) / totalSegments).toFixed(1)}, MT draft verification ${((100 * refused.verification) / totalSegments).toFixed(1)}; verdicts that differ: ${refused.disagree}`);
