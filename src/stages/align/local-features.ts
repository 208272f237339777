import type { SentenceFeatures, ZhFeatures } from './sentence-features.js';

/**
 * The Chinese side of the features cut down to what a band can use: each Chinese word keeps only
 * the renderings that occur in the English sentences its row may be paired with (`from[i]` …
 * `to[i]`, exclusive), usually one or none of its dozen dictionary glosses. Word groups are kept
 * (an emptied group still counts as a token), so lexical hits and evidence inside the band are
 * exactly those of the full features, at a fraction of the cost. `from` and `to` must not
 * decrease (band rows do not), so the English tokens present are counted over a sliding window.
 */
export function localFeatures(features: SentenceFeatures, from: Int32Array, to: Int32Array): SentenceFeatures {
  const present = new Int32Array(features.vocabularySize);
  const count = (j: number, delta: number): void => {
    for (const id of features.en[j]!.ids) present[id]! += delta;
  };
  let lo = 0;
  let hi = 0;
  const zh = features.zh.map((z, i): ZhFeatures => {
    const a = Math.max(lo, from[i]!);
    const b = Math.max(a, to[i]!);
    for (; hi < b; hi++) count(hi, 1);
    for (; lo < a; lo++) count(lo, -1);
    return keepPresent(z, present);
  });
  return { zh, en: features.en, vocabularySize: features.vocabularySize };
}

function keepPresent(z: ZhFeatures, present: Int32Array): ZhFeatures {
  let kept = 0;
  for (const id of z.ids) if (present[id]! > 0) kept++;
  const ids = new Int32Array(kept);
  const offsets = new Int32Array(z.offsets.length);
  let at = 0;
  for (let g = 0; g + 1 < z.offsets.length; g++) {
    for (let k = z.offsets[g]!; k < z.offsets[g + 1]!; k++) if (present[z.ids[k]!]! > 0) ids[at++] = z.ids[k]!;
    offsets[g + 1] = at;
  }
  return { ids, offsets, length: z.length };
}
