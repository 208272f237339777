import { describe, expect, it } from 'vitest';
import { beadFeatures } from './bead-confidence.js';
import { createBeadEvidence } from './bead-evidence.js';
import { createBeadScorer } from './bead-scorer.js';
import { DEFAULT_PRIORS } from './bead-shapes.js';
import { buildLexicon } from './lexicon.js';
import { estimateLengthModel } from './length-model.js';
import { computePairMatches } from './pair-matches.js';
import { buildSentenceFeatures } from './sentence-features.js';

const lexicon = buildLexicon([
  ['村', '村', 'cun1', 'village'],
  ['建設', '建设', 'jian4 she4', ['to build', 'construction']],
  ['學校', '学校', 'xue2 xiao4', 'school'],
  ['道路', '道路', 'dao4 lu4', 'road; path'],
  ['遊客', '游客', 'you2 ke4', 'tourist'],
  ['旅遊', '旅游', 'lv3 you2', 'trip; tourism'],
  ['新', '新', 'xin1', 'new'],
]);

/** Features of the 2:1 bead (zh 0–1 against en 0). */
function mergedBead(zh: string[], en: string) {
  const features = buildSentenceFeatures(zh, [en], lexicon);
  const noise = 0.02;
  const matches = computePairMatches(features.zh, features.en, features.vocabularySize, Int32Array.of(0, 0), Int32Array.of(1, 1));
  const scorer = createBeadScorer({
    features, matches, model: estimateLengthModel([10, 10], [40]), priors: DEFAULT_PRIORS, noise,
    lexicalWeight: 0.4, lengthWeight: 0.5, exact: createBeadEvidence(features, noise),
  });
  return beadFeatures({ i: 0, di: 2, j: 0, dj: 1, cost: 0 }, scorer, noise);
}

describe('beadFeatures.weakest: what the weaker edge sentence of a merged bead adds', () => {
  it('is high when both sentences bring their own matches', () => {
    const f = mergedBead(['村里建设了一所新学校，', '新修的道路通到每个村。'], 'The village built a new school, and the newly built road reaches every village.');
    expect(f.weakest).toBeGreaterThan(0.2);
  });

  it('is 0 when the second sentence matches nothing the first did not already match', () => {
    const f = mergedBead(['村里建设了一所新学校，', '越来越多的游客来这里旅游。'], 'The village built a new school.');
    expect(f.weakest).toBe(0);
    expect(f.coverage).toBeGreaterThan(0.2);
  });
});
