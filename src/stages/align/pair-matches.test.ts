import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enSentences, zhSentences } from '../../../test/helpers/sentence-feature-arbitraries.js';
import { computePairMatches } from './pair-matches.js';
import type { EnFeatures, ZhFeatures } from './sentence-features.js';

/** The direct count: English tokens of sentence j the Chinese sentence renders, plus its words with a rendering in j. */
function referenceHits(z: ZhFeatures, e: EnFeatures): number {
  const zhIds = new Set(z.ids);
  const enIds = new Set(e.ids);
  let hits = [...enIds].filter((id) => zhIds.has(id)).length;
  for (let g = 0; g + 1 < z.offsets.length; g++) if (z.ids.slice(z.offsets[g]!, z.offsets[g + 1]!).some((id) => enIds.has(id))) hits++;
  return hits;
}

const VOCABULARY = 12;
const zhSentence = zhSentences(VOCABULARY, 4, 6);
const enSentence = enSentences(VOCABULARY, 8);

describe('computePairMatches', () => {
  it('counts the hits of every pair in each row window as the direct count does', () => {
    fc.assert(fc.property(fc.array(zhSentence, { minLength: 1, maxLength: 8 }), fc.array(enSentence, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { minLength: 8, maxLength: 8 }), (zh, en, windows) => {
      const from = Int32Array.from(zh, (_, i) => Math.min(windows[i]![0], en.length));
      const to = Int32Array.from(zh, (_, i) => Math.min(en.length, from[i]! + windows[i]![1]));
      const matches = computePairMatches(zh, en, VOCABULARY, from, to);
      zh.forEach((z, i) => en.forEach((e, j) => {
        expect(matches.hits(i, j)).toBe(j >= from[i]! && j < to[i]! ? referenceHits(z, e) : 0);
      }));
    }), { numRuns: 500 });
  });
});
