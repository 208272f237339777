import type { EnFeatures, ZhFeatures } from './sentence-features.js';
import { firstPostingFrom, tokenPostings } from './token-postings.js';

/**
 * Lexical matches between one Chinese and one English sentence: Chinese words with a rendering
 * in the English sentence plus English tokens rendered by some Chinese word. Computed once per
 * pair inside the band and kept per row.
 */
export interface PairMatches {
  /** Matched tokens of the pair (i, j); 0 outside the computed range. */
  hits(i: number, j: number): number;
}

/** Computes hits for row i over English sentences [from[i], to[i]). */
export function computePairMatches(
  zh: readonly ZhFeatures[],
  en: readonly EnFeatures[],
  vocabularySize: number,
  from: Int32Array,
  to: Int32Array,
): PairMatches {
  // Found from the Chinese side: each token's English sentences inside the window
  // (token-postings.ts). Hits are counts, so the order they are found in does not matter.
  const postings = tokenPostings(en, vocabularySize);
  const seenZh = new Int32Array(vocabularySize).fill(-1);
  const groupSeen = new Int32Array(en.length).fill(-1);
  let group = 0;
  const rows: Uint16Array[] = [];
  for (let i = 0; i < zh.length; i++) {
    const z = zh[i]!;
    const lo = from[i]!;
    const hi = to[i]!;
    const row = new Uint16Array(Math.max(0, hi - lo));
    for (let g = 0; g + 1 < z.offsets.length && hi > lo; g++, group++) {
      for (let k = z.offsets[g]!; k < z.offsets[g + 1]!; k++) {
        const id = z.ids[k]!;
        const firstTime = seenZh[id] !== i;
        seenZh[id] = i;
        for (let p = firstPostingFrom(postings, id, lo); p < postings.start[id + 1]! && postings.at[p]! < hi; p++) {
          const j = postings.at[p]!;
          // An English token some word renders, once however many words render it;
          if (firstTime) row[j - lo]!++;
          // a Chinese word with a rendering in the sentence, once however many of its renderings are there.
          if (groupSeen[j] !== group) {
            groupSeen[j] = group;
            row[j - lo]!++;
          }
        }
      }
    }
    rows.push(row);
  }
  return {
    hits(i, j) {
      const row = rows[i];
      const k = j - (from[i] ?? 0);
      return row !== undefined && k >= 0 && k < row.length ? row[k]! : 0;
    },
  };
}

/** Token count of a sentence as used by the lexical score: word groups or distinct ids. */
export function zhTokenCount(z: ZhFeatures): number {
  return z.offsets.length - 1;
}

/**
 * Expected hits between unrelated sentences per token, from pairs far apart in the two texts
 * (sentence i against sentence (i + m/2) mod m): the noise level subtracted from every pair.
 */
export function estimateNoiseRate(zh: readonly ZhFeatures[], en: readonly EnFeatures[], vocabularySize: number): number {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m < 4) return 0.02;
  const samples = Math.min(n, 400);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const picked: number[] = [];
  for (let s = 0; s < samples; s++) {
    const i = Math.floor((s * n) / samples);
    const j = (Math.floor((i * m) / n) + Math.floor(m / 2)) % m;
    from[i] = j;
    to[i] = j + 1;
    picked.push(i);
  }
  const matches = computePairMatches(zh, en, vocabularySize, from, to);
  let hits = 0;
  let tokens = 0;
  for (const i of picked) {
    hits += matches.hits(i, from[i]!);
    tokens += zhTokenCount(zh[i]!) + en[from[i]!]!.ids.length;
  }
  return tokens > 0 ? Math.max(hits / tokens, 0.005) : 0.02;
}
