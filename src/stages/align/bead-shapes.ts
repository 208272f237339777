import type { BeadShape } from './banded-dp.js';

/** Shapes (zh:en) the first, coarse pass considers. */
export const COARSE_SHAPES: readonly BeadShape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

/** Shapes of the fine pass: the Bible gold has 3:1, 3:2, 4:1 beads as well as 2:2. */
export const FINE_SHAPES: readonly BeadShape[] = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
];

/** Prior probability of each shape before the text is seen (Gale–Church's, widened for zh→en). */
export const DEFAULT_PRIORS: ReadonlyMap<string, number> = new Map([
  ['1:1', 0.85], ['1:0', 0.005], ['0:1', 0.005], ['2:1', 0.06], ['1:2', 0.05], ['2:2', 0.002],
  ['3:1', 0.008], ['1:3', 0.004], ['3:2', 0.001], ['2:3', 0.002], ['4:1', 0.002], ['1:4', 0.001],
]);

/** The widest shape, for sizing the pair-match window. */
export function maxShape(shapes: readonly BeadShape[]): number {
  return Math.max(...shapes.flat());
}

/**
 * Shape priors from an alignment of the text itself, smoothed towards `base` (weight of 50
 * pseudo-beads) so a shape never seen keeps a small probability.
 */
export function reestimatePriors(path: ReadonlyArray<{ di: number; dj: number }>, base: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of path) counts.set(`${b.di}:${b.dj}`, (counts.get(`${b.di}:${b.dj}`) ?? 0) + 1);
  const pseudo = 50;
  const out = new Map<string, number>();
  for (const [shape, p] of base) out.set(shape, ((counts.get(shape) ?? 0) + pseudo * p) / (path.length + pseudo));
  return out;
}
