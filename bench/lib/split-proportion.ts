// Whether a gold 2:2 bead can be told from two 1:1 beads by where its sentences are cut: the
// share of the bead's characters before the cut on the Chinese side against the English side.
// A translator who put the full stop elsewhere leaves the two shares apart (the crossing a 2:2
// bead is for); two sentences that translate each other one by one keep them close, as two
// adjacent 1:1 beads do. Error analysis by type for the bench, not an input to the aligner.
import type { BeadIndices } from '../../src/stages/align/score-alignment.js';

export interface CutGaps {
  /** |zh share − en share| of each gold 2:2 bead. */
  twoTwo: number[];
  /** The same for each pair of adjacent gold 1:1 beads taken as one 2:2 unit. */
  adjacentOneToOne: number[];
}

export function cutGaps(gold: readonly BeadIndices[], zh: readonly string[], en: readonly string[]): CutGaps {
  const share = (first: string, second: string): number => [...first].length / Math.max(1, [...first].length + [...second].length);
  const gap = (z: readonly number[], e: readonly number[]): number => Math.abs(share(zh[z[0]!]!, zh[z[1]!]!) - share(en[e[0]!]!, en[e[1]!]!));
  const out: CutGaps = { twoTwo: [], adjacentOneToOne: [] };
  gold.forEach((b, k) => {
    if (b.zh.length === 2 && b.en.length === 2) out.twoTwo.push(gap(b.zh, b.en));
    const next = gold[k + 1];
    if (next && [b, next].every((x) => x.zh.length === 1 && x.en.length === 1)) out.adjacentOneToOne.push(gap([b.zh[0]!, next.zh[0]!], [b.en[0]!, next.en[0]!]));
  });
  return out;
}

/** One line for the bench: median gap and share of gaps above 0.15 for both kinds. */
export function describeCutGaps(gaps: CutGaps): string {
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const above = (xs: number[]): string => `${Math.round((100 * xs.filter((x) => x > 0.15).length) / Math.max(1, xs.length))}%`;
  return `where the sentences are cut (|zh share − en share| of the characters before the cut): ${gaps.twoTwo.length} gold 2:2 beads median ${median(gaps.twoTwo).toFixed(3)}, ${above(gaps.twoTwo)} above 0.15; ` +
    `${gaps.adjacentOneToOne.length} pairs of adjacent gold 1:1 beads median ${median(gaps.adjacentOneToOne).toFixed(3)}, ${above(gaps.adjacentOneToOne)} above 0.15`;
}
