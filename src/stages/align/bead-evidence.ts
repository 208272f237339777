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
  // Only English tokens some Chinese word renders can be hits: the walks below read those alone
  // (in the same order, so the sums are the same) and take the count of distinct tokens from a memo.
  const rendered = new Uint8Array(features.vocabularySize);
  for (const z of features.zh) for (const id of z.ids) rendered[id] = 1;
  // One flat array (sentence b's tokens at start[b] … start[b + 1]), not one small array per sentence.
  const start = new Int32Array(features.en.length + 1);
  features.en.forEach((e, b) => (start[b + 1] = start[b]! + e.ids.reduce((n, id) => n + rendered[id]!, 0)));
  const renderable = new Int32Array(start[features.en.length]!);
  features.en.forEach((e, b) => {
    let at = start[b]!;
    for (const id of e.ids) if (rendered[id] === 1) renderable[at++] = id;
  });
  const distinct = distinctTokens(features);
  let stamp = 0;
  return (i, di, j, dj) => {
    stamp++;
    let zhTokens = 0;
    let hits = 0;
    for (let k = start[j]!; k < start[j + dj]!; k++) markEn[renderable[k]!] = stamp;
    for (let a = i; a < i + di; a++) {
      const { ids, offsets } = features.zh[a]!;
      zhTokens += offsets.length - 1;
      for (let g = 0; g + 1 < offsets.length; g++) {
        let hit = 0;
        for (let k = offsets[g]!; k < offsets[g + 1]!; k++) {
          const id = ids[k]!;
          markZh[id] = stamp;
          if (markEn[id] === stamp && weight[id]! > hit) hit = weight[id]!;
        }
        hits += hit;
      }
    }
    for (let k = start[j]!; k < start[j + dj]!; k++) {
      const id = renderable[k]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      if (markZh[id] === stamp) hits += weight[id]!;
    }
    const enTokens = distinct(j, dj);
    const expected = zhTokens * (1 - (1 - noise) ** dj) + enTokens * (1 - (1 - noise) ** di);
    return { hits, tokens: zhTokens + enTokens, expected };
  };
}

/** Distinct tokens of the English sentences [j, j + dj), memoised for the bead widths the passes use. */
function distinctTokens(features: SentenceFeatures): (j: number, dj: number) => number {
  const seen = new Int32Array(features.vocabularySize);
  const memo = new Int32Array(features.en.length * (MEMO_WIDTH + 1)).fill(-1);
  let stamp = 0;
  const count = (j: number, dj: number): number => {
    stamp++;
    let tokens = 0;
    for (let b = j; b < j + dj; b++) {
      for (const id of features.en[b]!.ids) {
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        tokens++;
      }
    }
    return tokens;
  };
  return (j, dj) => {
    if (dj > MEMO_WIDTH || j >= features.en.length) return count(j, dj);
    const at = j * (MEMO_WIDTH + 1) + dj;
    if (memo[at]! < 0) memo[at] = count(j, dj);
    return memo[at]!;
  };
}

const MEMO_WIDTH = 4;

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
