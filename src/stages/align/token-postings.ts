import type { EnFeatures } from './sentence-features.js';

/**
 * The English sentences each token occurs in, ascending (compressed rows: sentences of token t
 * are at[start[t]] … at[start[t + 1]]), so the sentences a Chinese sentence shares a token with
 * inside a window are found from its few tokens instead of by reading every English sentence of
 * the window. Built once per English side (the passes of one alignment share it).
 */
export interface TokenPostings {
  start: Int32Array;
  at: Int32Array;
}

const cache = new WeakMap<readonly EnFeatures[], TokenPostings>();

export function tokenPostings(en: readonly EnFeatures[], vocabularySize: number): TokenPostings {
  let postings = cache.get(en);
  if (!postings || postings.start.length < vocabularySize + 1) cache.set(en, (postings = buildPostings(en, vocabularySize)));
  return postings;
}

function buildPostings(en: readonly EnFeatures[], vocabularySize: number): TokenPostings {
  const start = new Int32Array(vocabularySize + 1);
  for (const e of en) for (const id of e.ids) start[id + 1]!++;
  for (let t = 0; t < vocabularySize; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, vocabularySize);
  const at = new Int32Array(start[vocabularySize]!);
  en.forEach((e, j) => {
    for (const id of e.ids) at[fill[id]!++] = j;
  });
  return { start, at };
}

/** Index of the first sentence ≥ j among those of token t. */
export function firstPostingFrom(postings: TokenPostings, t: number, j: number): number {
  let lo = postings.start[t]!;
  let hi = postings.start[t + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings.at[mid]! < j) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
