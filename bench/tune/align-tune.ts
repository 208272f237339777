/**
 * Weight tuning for the aligner on the tuning sets only (bench/lib/align-sets.ts TUNING_SETS: WMT19
 * and WMT21 cut into clauses the Bible's way, as running text, with lines joined, dropped or
 * replaced; UN SDG titles): strict F1 per set for a grid of lexical × length weights. The defaults in
 * src/stages/align/align-sentences.ts are the best mean of this grid; the Bible and WMT20 are held
 * out (bench/align.ts, bench/align-cli.ts). Not part of `npm run bench` (several minutes).
 * `--two-two` adds the prior of the 2:2 bead shape as a third axis (bead-shapes.ts DEFAULT_PRIORS;
 * the re-cut sets hold real 2:2 beads).
 * `--with-recut` adds the re-cut 2:2 sets (align-sets.ts RECUT_SETS) to the mean.
 * `--clause` and `--end` give the weights of the clause-mark and unit-end costs (default: the aligner's).
 * Run: node --import tsx bench/tune/align-tune.ts [--lexical 0.4,0.65,0.9] [--length 0.3,0.5,0.8] [--two-two 0.002] [--clause 0.25] [--end 1] [--with-recut]
 */
import { DEFAULT_PRIORS } from '../../src/stages/align/bead-shapes.js';
import { loadLexicon } from '../../src/stages/align/lexicon.js';
import { scoreAlignment } from '../../src/stages/align/score-alignment.js';
import { RECUT_SETS, TUNING_SETS as BASE_SETS } from '../lib/align-sets.js';

const args = process.argv.slice(2);
const list = (flag: string, fallback: number[]): number[] => (args.includes(flag) ? args[args.indexOf(flag) + 1]!.split(',').map(Number) : fallback);
const lexicalWeights = list('--lexical', [0.4, 0.65, 0.9]);
const lengthWeights = list('--length', [0.3, 0.5, 0.8]);
const twoTwoPriors = list('--two-two', [DEFAULT_PRIORS.get('2:2')!]);
const [clauseWeight, endWeight] = [list('--clause', [NaN])[0]!, list('--end', [NaN])[0]!];
// NaN: the option is left out, so the aligner's default applies.
const fixed = { ...(Number.isNaN(clauseWeight) ? {} : { clauseWeight }), ...(Number.isNaN(endWeight) ? {} : { endWeight }) };
const TUNING_SETS = args.includes('--with-recut') ? [...BASE_SETS, ...RECUT_SETS] : BASE_SETS;
const lexicon = await loadLexicon();
console.log(`| lexical | length | 2:2 prior | ${TUNING_SETS.map((s) => s.name).join(' | ')} | mean strict F1 |`);
console.log(`|---|---|---|${TUNING_SETS.map(() => '---|').join('')}---|`);
let best = { mean: -1, lexical: 0, length: 0, twoTwo: 0 };
for (const lexicalWeight of lexicalWeights) {
  for (const lengthWeight of lengthWeights) {
    for (const twoTwo of twoTwoPriors) {
      const priors = new Map(DEFAULT_PRIORS).set('2:2', twoTwo);
      const f1 = TUNING_SETS.map((set) => scoreAlignment([set.run(lexicon, { lexicalWeight, lengthWeight, priors, ...fixed })]).f1Strict);
      const mean = f1.reduce((a, b) => a + b, 0) / f1.length;
      if (mean > best.mean) best = { mean, lexical: lexicalWeight, length: lengthWeight, twoTwo };
      console.log(`| ${lexicalWeight} | ${lengthWeight} | ${twoTwo} | ${f1.map((f) => f.toFixed(3)).join(' | ')} | ${mean.toFixed(4)} |`);
    }
  }
}
console.log(`\nbest on the tuning sets: lexical ${best.lexical}, length ${best.length}, 2:2 prior ${best.twoTwo} (mean strict F1 ${best.mean.toFixed(4)})`);
