import { describe, expect, it } from 'vitest';
import { blockPath } from './block-path.js';
import type { SentenceFeatures } from './sentence-features.js';

/**
 * n Chinese sentences, each sharing one rare token (and a common one) with its English
 * translation; English sentences with no counterpart are inserted at `inserted` (before that
 * Chinese sentence). Lengths do not say where the insertion is: the length diagonal drifts.
 */
function features(n: number, inserted: Map<number, number>): { features: SentenceFeatures; truth: (i: number) => [number, number] } {
  const en: SentenceFeatures['en'] = [];
  const before: number[] = [];
  for (let k = 0; k < n; k++) {
    for (let x = 0; x < (inserted.get(k) ?? 0); x++) en.push({ ids: Int32Array.from([0, 100_000 + en.length]), length: 30 });
    before.push(en.length);
    en.push({ ids: Int32Array.from([0, 10 + k, 50_000 + k]), length: 30 });
  }
  const zh = Array.from({ length: n }, (_, k) => ({ ids: Int32Array.from([0, 10 + k, 7, 50_000 + k]), offsets: Int32Array.from([0, 1, 3, 4]), length: 10 }));
  // Row i of the true path spans the English columns after sentence i − 1's partner up to sentence i's.
  return { features: { zh, en, vocabularySize: 200_000 }, truth: (i) => [i === 0 ? 0 : before[i - 1]! + 1, i < n ? before[i]! : en.length] };
}

describe('blockPath', () => {
  it('follows the text through insertions where the length diagonal drifts hundreds of sentences away', () => {
    const { features: f, truth } = features(3000, new Map([[400, 300], [1800, 250]]));
    const path = blockPath(f);
    expect(path[0]).toMatchObject({ i: 0, j: 0 });
    expect(path.at(-1)).toMatchObject({ i: 3000 - path.at(-1)!.di, j: f.en.length - path.at(-1)!.dj });
    // Every corner of the path within two blocks of 8 sentences (rows or columns) of the true path,
    // where the length diagonal is 550 sentences off at the end.
    const near = (i: number, j: number): boolean => {
      for (let r = Math.max(0, i - 16); r <= Math.min(3000, i + 16); r++) {
        const [lo, hi] = truth(r);
        if (j >= lo - 16 && j <= hi + 16) return true;
      }
      return false;
    };
    expect(path.filter((b) => !near(b.i, b.j))).toEqual([]);
  });

  it('is contiguous and monotone from (0, 0) to (n, m)', () => {
    const { features: f } = features(500, new Map([[10, 3], [250, 40]]));
    const path = blockPath(f, { blockSize: 4, topBlocks: 16 });
    let i = 0;
    let j = 0;
    for (const b of path) {
      expect([b.i, b.j]).toEqual([i, j]);
      i += b.di;
      j += b.dj;
    }
    expect([i, j]).toEqual([500, f.en.length]);
  });
});
