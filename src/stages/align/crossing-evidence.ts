import type { BeadEvidence, BeadEvidenceFn } from './bead-evidence.js';

/**
 * Evidence that two lines on each side are one 2:2 unit rather than two 1:1 pairs: what the 2:2
 * bead matches beyond its two diagonal pairs (words of Chinese line 1 rendered only in English line
 * 2, or of line 2 only in line 1), above the noise expected. Two lines that each pair cleanly with
 * their partner gain nothing by merging — words shared by neighbouring sentences (a name, the
 * topic) are matched on the diagonal already; a clause that one side put in the neighbouring
 * sentence brings its words across. The DP's 2:2 cost counts this gain once, at the lexical
 * weight, which is too little against the rare 2:2 prior: the crossing cost adds `weight` per token
 * of gain. Only as much as the weaker diagonal pair holds counts: a bead shifted one line off a run
 * of 1:1 pairs has a true pair across its diagonal and nothing on it, and is not a unit.
 */
export interface CrossingEvidence {
  /** The exact evidence, memoised for 1:1 and 2:2 beads so the crossing cost reuses what the DP computed. */
  exact: BeadEvidenceFn;
  /** Bonus (a negative cost) of the 2:2 bead covering zh [i, i + 2) and en [j, j + 2). */
  cost(i: number, j: number): number;
}

export function createCrossingEvidence(exact: BeadEvidenceFn, lo: Int32Array, hi: Int32Array, weight: number): CrossingEvidence {
  const n = lo.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  // Per start cell and shape (1:1, 2:2): hits, expected and tokens; NaN until computed.
  const memo = new Float32Array(start[n]! * 6).fill(NaN);
  const slot = (i: number, j: number): number => (i < n && j >= lo[i]! && j <= hi[i]! ? start[i]! + j - lo[i]! : -1);
  const memoised: BeadEvidenceFn = (i, di, j, dj) => {
    const shape = di === 1 && dj === 1 ? 0 : di === 2 && dj === 2 ? 3 : -1;
    const cell = shape < 0 ? -1 : slot(i, j);
    if (cell < 0) return exact(i, di, j, dj);
    const at = cell * 6 + shape;
    if (Number.isNaN(memo[at]!)) {
      const e = exact(i, di, j, dj);
      memo[at] = e.hits;
      memo[at + 1] = e.expected;
      memo[at + 2] = e.tokens;
      return e;
    }
    return { hits: memo[at]!, expected: memo[at + 1]!, tokens: memo[at + 2]! };
  };
  const excess = (e: BeadEvidence): number => e.hits - e.expected;
  return {
    exact: memoised,
    cost(i, j) {
      const both = memoised(i, 2, j, 2);
      const first = memoised(i, 1, j, 1);
      const second = memoised(i + 1, 1, j + 1, 1);
      const gain = excess(both) - excess(first) - excess(second);
      return -weight * Math.max(0, Math.min(gain, excess(first), excess(second)));
    },
  };
}
