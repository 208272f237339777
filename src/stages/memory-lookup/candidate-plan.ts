/**
 * What the q-gram lemma asks of a candidate for a query of length m at a threshold, over the
 * lengths of an id window (ids are numbered in length order): the bigram occurrences it must
 * share, and the best score its length and shared bigrams allow.
 */
export interface CandidatePlan {
  /** need[n − minLen]: the bigram occurrences a hit of length n must share: max(m, n) − 1 − 2·maxD (q-gram lemma). */
  need: Int32Array;
  minLen: number;
  /** The least of them over lengths ≥ m: the prefix must leave fewer occurrences unread. */
  needMin: number;
  /** Upper bound on the score of a string of length n sharing at most `sharedAtMost` occurrences. */
  bound: (n: number, sharedAtMost: number) => number;
}

export function candidatePlan(m: number, o: { threshold: number; lo: number; hi: number; lengths: Int32Array }): CandidatePlan {
  const slack = (len: number): number => Math.floor((1 - o.threshold) * len + 1e-9);
  const minLen = o.hi > o.lo ? o.lengths[o.lo]! : m;
  const maxLen = Math.max(m, o.hi > o.lo ? o.lengths[o.hi - 1]! : m);
  const need = new Int32Array(maxLen - minLen + 1);
  let needMin = Number.MAX_SAFE_INTEGER;
  for (let len = minLen; len <= maxLen; len++) {
    const longer = Math.max(m, len);
    need[len - minLen] = longer - 1 - 2 * slack(longer);
    if (len >= m) needMin = Math.min(needMin, need[len - minLen]!);
  }
  const bound = (n: number, sharedAtMost: number): number => {
    const longer = Math.max(m, n);
    const c = Math.min(sharedAtMost, m - 1, n - 1);
    return 100 * (1 - Math.max(Math.abs(m - n), Math.ceil((longer - 1 - c) / 2)) / longer);
  };
  return { need, minLen, needMin, bound };
}
