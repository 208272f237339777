import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBeadEvidence } from './bead-evidence.js';
import { localFeatures } from './local-features.js';
import { computePairMatches } from './pair-matches.js';
import type { SentenceFeatures } from './sentence-features.js';

/** Random features over a small vocabulary: Chinese groups of 1–4 renderings, English id sets. */
const featuresArb = fc.record({
  zh: fc.array(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { minLength: 1, maxLength: 4 }), { maxLength: 6 }), { minLength: 1, maxLength: 14 }),
  en: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 6 }), { minLength: 1, maxLength: 14 }),
}).map(({ zh, en }): SentenceFeatures => ({
  zh: zh.map((groups) => ({
    ids: Int32Array.from(groups.flat()),
    offsets: Int32Array.from([0, ...groups.map((_, k) => groups.slice(0, k + 1).flat().length)]),
    length: groups.length * 2,
  })),
  en: en.map((ids) => ({ ids: Int32Array.from(ids), length: ids.length * 3 })),
  vocabularySize: 30,
}));

describe('localFeatures', () => {
  it('gives the same bead evidence and pair hits as the full features for every bead inside the window', () => {
    fc.assert(fc.property(featuresArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 6 }), (features, back, ahead) => {
      const n = features.zh.length;
      const m = features.en.length;
      const centre = (i: number): number => Math.floor((i * m) / n);
      const from = Int32Array.from({ length: n }, (_, i) => Math.max(0, centre(i) - back));
      const to = Int32Array.from({ length: n }, (_, i) => Math.min(m, centre(i) + ahead));
      const local = localFeatures(features, from, to);
      const full = createBeadEvidence(features, 0.05);
      const cut = createBeadEvidence(local, 0.05);
      const fullHits = computePairMatches(features.zh, features.en, 30, from, to);
      const cutHits = computePairMatches(local.zh, local.en, 30, from, to);
      for (let i = 0; i < n; i++) {
        expect(local.zh[i]!.offsets.length).toBe(features.zh[i]!.offsets.length);
        for (let j = from[i]!; j < to[i]!; j++) {
          expect(cutHits.hits(i, j)).toBe(fullHits.hits(i, j));
          for (const [di, dj] of [[1, 1], [2, 1], [1, 2], [2, 2], [3, 1]] as const) {
            // A bead whose rows all reach its English sentences.
            if (i + di > n || j + dj > Math.min(...Array.from({ length: di }, (_, k) => to[i + k]!))) continue;
            if (Array.from({ length: di }, (_, k) => from[i + k]!).some((f) => f > j)) continue;
            expect(cut(i, di, j, dj)).toEqual(full(i, di, j, dj));
          }
        }
      }
    }), { numRuns: 150 });
  });

  it('keeps only renderings that occur in the window, and keeps emptied word groups', () => {
    const features: SentenceFeatures = {
      zh: [{ ids: Int32Array.from([1, 2, 3, 4]), offsets: Int32Array.from([0, 2, 4]), length: 4 }],
      en: [{ ids: Int32Array.from([2]), length: 5 }, { ids: Int32Array.from([4]), length: 5 }],
      vocabularySize: 5,
    };
    const local = localFeatures(features, Int32Array.from([0]), Int32Array.from([1]));
    expect([...local.zh[0]!.ids]).toEqual([2]);
    expect([...local.zh[0]!.offsets]).toEqual([0, 1, 1]);
  });
});
