import type { EnFeatures, ZhFeatures } from './sentence-features.js';

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
  const markEn = new Int32Array(vocabularySize).fill(-1);
  const markZh = new Int32Array(vocabularySize).fill(-1);
  const rows: Uint16Array[] = [];
  let stamp = 0;
  for (let i = 0; i < zh.length; i++) {
    const z = zh[i]!;
    for (const id of z.ids) markZh[id] = i;
    const row = new Uint16Array(Math.max(0, to[i]! - from[i]!));
    for (let j = from[i]!; j < to[i]!; j++) {
      const e = en[j]!;
      stamp++;
      let hits = 0;
      for (const id of e.ids) {
        markEn[id] = stamp;
        if (markZh[id] === i) hits++;
      }
      for (let g = 0; g + 1 < z.offsets.length; g++) {
        for (let k = z.offsets[g]!; k < z.offsets[g + 1]!; k++) {
          if (markEn[z.ids[k]!] === stamp) {
            hits++;
            break;
          }
        }
      }
      row[j - from[i]!] = hits;
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
