import type { SentenceFeatures } from './sentence-features.js';

/**
 * Exact lexical evidence of a bead: Chinese words with a rendering anywhere on the English side
 * plus distinct English tokens rendered by some Chinese word, each counted once however many
 * sentences the bead merges. The noise expected between unrelated sides grows with the number
 * of sentences on the other side, so merging unrelated sentences gains nothing.
 */
export interface BeadEvidence {
  hits: number;
  tokens: number;
  /** Hits expected between unrelated sentences of these sizes. */
  expected: number;
}

export type BeadEvidenceFn = (i: number, di: number, j: number, dj: number) => BeadEvidence;

export function createBeadEvidence(features: SentenceFeatures, noise: number): BeadEvidenceFn {
  const markEn = new Int32Array(features.vocabularySize);
  const markZh = new Int32Array(features.vocabularySize);
  const seen = new Int32Array(features.vocabularySize);
  const weight = idfWeights(features);
  let stamp = 0;
  return (i, di, j, dj) => {
    stamp++;
    let zhTokens = 0;
    let enTokens = 0;
    let hits = 0;
    for (let b = j; b < j + dj; b++) for (const id of features.en[b]!.ids) markEn[id] = stamp;
    for (let a = i; a < i + di; a++) {
      const z = features.zh[a]!;
      zhTokens += z.offsets.length - 1;
      for (let g = 0; g + 1 < z.offsets.length; g++) {
        let hit = 0;
        for (let k = z.offsets[g]!; k < z.offsets[g + 1]!; k++) {
          const id = z.ids[k]!;
          markZh[id] = stamp;
          if (markEn[id] === stamp && weight[id]! > hit) hit = weight[id]!;
        }
        hits += hit;
      }
    }
    for (let b = j; b < j + dj; b++) {
      for (const id of features.en[b]!.ids) {
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        enTokens++;
        if (markZh[id] === stamp) hits += weight[id]!;
      }
    }
    const expected = zhTokens * (1 - (1 - noise) ** dj) + enTokens * (1 - (1 - noise) ** di);
    return { hits, tokens: zhTokens + enTokens, expected };
  };
}

/**
 * Inverse document frequency of each token over the English sentences, scaled to a mean of 1
 * per token occurrence: a shared name or number counts for more than a shared "lord".
 */
export function idfWeights(features: SentenceFeatures): Float64Array {
  const df = new Int32Array(features.vocabularySize);
  let occurrences = 0;
  for (const e of features.en) {
    for (const id of e.ids) df[id]!++;
    occurrences += e.ids.length;
  }
  const m = features.en.length;
  const weight = new Float64Array(features.vocabularySize);
  let sum = 0;
  for (let id = 0; id < weight.length; id++) {
    weight[id] = Math.log((m + 1) / (df[id]! + 1)) + 0.1;
    sum += weight[id]! * df[id]!;
  }
  const mean = occurrences > 0 ? sum / occurrences : 1;
  for (let id = 0; id < weight.length; id++) weight[id] = weight[id]! / mean;
  return weight;
}
