import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enSentences, zhSentences } from '../../../test/helpers/sentence-feature-arbitraries.js';
import { createBeadEvidence, idfWeights, type BeadEvidence } from './bead-evidence.js';
import type { SentenceFeatures } from './sentence-features.js';

/** Every token of the bead walked in order: the sums the evidence must reproduce to the last bit. */
function referenceEvidence(features: SentenceFeatures, noise: number, i: number, di: number, j: number, dj: number): BeadEvidence {
  const weight = idfWeights(features);
  const enIds = new Set<number>();
  for (let b = j; b < j + dj; b++) for (const id of features.en[b]!.ids) enIds.add(id);
  const zhIds = new Set<number>();
  let hits = 0;
  let zhTokens = 0;
  for (let a = i; a < i + di; a++) {
    const z = features.zh[a]!;
    zhTokens += z.offsets.length - 1;
    for (let g = 0; g + 1 < z.offsets.length; g++) {
      let hit = 0;
      for (const id of z.ids.slice(z.offsets[g]!, z.offsets[g + 1]!)) {
        zhIds.add(id);
        if (enIds.has(id) && weight[id]! > hit) hit = weight[id]!;
      }
      hits += hit;
    }
  }
  for (const id of enIds) if (zhIds.has(id)) hits += weight[id]!;
  const expected = zhTokens * (1 - (1 - noise) ** dj) + enIds.size * (1 - (1 - noise) ** di);
  return { hits, tokens: zhTokens + enIds.size, expected };
}

const VOCABULARY = 15;
const zhSentence = zhSentences(VOCABULARY, 3, 5);
const enSentence = enSentences(VOCABULARY, 6);

describe('createBeadEvidence', () => {
  it('gives exactly the sums of walking every token of the bead, for repeated and wide beads', () => {
    fc.assert(fc.property(fc.array(zhSentence, { minLength: 6, maxLength: 6 }), fc.array(enSentence, { minLength: 6, maxLength: 6 }), fc.array(fc.tuple(fc.nat(2), fc.nat(4), fc.nat(1), fc.nat(5)), { minLength: 1, maxLength: 6 }), (zh, en, beads) => {
      const features = { zh, en, vocabularySize: VOCABULARY };
      const evidence = createBeadEvidence(features, 0.05);
      for (const [i, di, j, dj] of beads) expect(evidence(i, di, j, Math.min(dj, 6 - j))).toEqual(referenceEvidence(features, 0.05, i, di, j, Math.min(dj, 6 - j)));
    }), { numRuns: 500 });
  });
});
