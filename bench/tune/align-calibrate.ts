/**
 * Fits the alignment confidence (src/stages/align/bead-confidence.ts CALIBRATION) on the tuning
 * sets only (bench/lib/align-sets.ts TUNING_SETS, the Bible-shaped clause splits among them) and prints precision per
 * score band there, before and after. The held-out figures are in bench/align.ts.
 * Not part of `npm run bench` (about a minute). Run: node --import tsx bench/tune/align-calibrate.ts
 */
import { calibratedConfidence } from '../../src/stages/align/bead-confidence.js';
import { loadLexicon } from '../../src/stages/align/lexicon.js';
import { BAND_HEADER, bandRows, fitLogistic, type ScoredPair } from '../lib/calibration.js';
import { TUNING_SETS } from '../lib/align-sets.js';

const lexicon = await loadLexicon();
const pairs: ScoredPair[] = TUNING_SETS.flatMap((set) => set.run(lexicon).pairs);
const weights = fitLogistic(pairs);
console.log(`fitted on ${pairs.length} pairs (${pairs.filter((p) => !p.right).length} wrong): CALIBRATION = [${weights.map((w) => w.toFixed(3)).join(', ')}]\n`);
console.log([...BAND_HEADER, ...bandRows('tuning sets, current', pairs),
  ...bandRows('tuning sets, refitted', pairs.map((p) => ({ ...p, score: calibratedConfidence(p.features, weights) })))].join('\n'));
