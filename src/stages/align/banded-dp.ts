/**
 * Dynamic programming over a band of the (zh, en) grid: row i (zh sentences consumed) allows en
 * positions lo[i] … hi[i]. Memory and time are proportional to the band, not to n × m.
 */
export type BeadShape = readonly [zh: number, en: number];

/** Cost of the bead covering zh [i, i + di) and en [j, j + dj). */
export type BeadCostFn = (i: number, di: number, j: number, dj: number) => number;

export interface DpBead {
  i: number;
  di: number;
  j: number;
  dj: number;
  cost: number;
}

export interface BandedDpOptions {
  /** Added to the cost of each shape (−log prior), by shape index. */
  shapePenalty?: readonly number[];
  /**
   * Memo of `cost` by cell and shape (size cells × shapes, NaN when not yet computed), so a
   * second run over the same band with other priors does not recompute the beads.
   */
  memo?: Float32Array;
}

/** Number of cells in a band, for sizing a memo. */
export function bandCells(lo: Int32Array, hi: Int32Array): number {
  let size = 0;
  for (let i = 0; i < lo.length; i++) size += Math.max(0, hi[i]! - lo[i]! + 1);
  return size;
}

export function runBandedDp(
  n: number,
  m: number,
  lo: Int32Array,
  hi: Int32Array,
  shapes: readonly BeadShape[],
  cost: BeadCostFn,
  options: BandedDpOptions = {},
): DpBead[] {
  const penalty = options.shapePenalty ?? shapes.map(() => 0);
  const memo = options.memo;
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) start[i + 1] = start[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  const size = start[n + 1]!;
  const best = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size).fill(255);
  if (lo[0] === 0) best[0] = 0;
  // The shapes as numbers: the innermost loop reads them without destructuring an array each time.
  const dis = Int32Array.from(shapes, ([di]) => di);
  const djs = Int32Array.from(shapes, ([, dj]) => dj);
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = start[i]! + j - lo[i]!;
      for (let s = 0; s < shapes.length; s++) {
        const di = dis[s]!;
        const dj = djs[s]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = best[start[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        let c: number;
        if (memo) {
          c = memo[cell * shapes.length + s]!;
          if (Number.isNaN(c)) memo[cell * shapes.length + s] = c = cost(pi, di, pj, dj);
        } else c = cost(pi, di, pj, dj);
        const total = prev + c + penalty[s]!;
        if (total < best[cell]!) {
          best[cell] = total;
          back[cell] = s;
        }
      }
    }
  }
  if (m < lo[n]! || m > hi[n]!) throw new Error(`band misses the end cell (${n}, ${m})`);
  return tracePath(n, m, lo, start, best, back, shapes);
}

function tracePath(
  n: number,
  m: number,
  lo: Int32Array,
  start: Int32Array,
  best: Float64Array,
  back: Uint8Array,
  shapes: readonly BeadShape[],
): DpBead[] {
  const beads: DpBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = start[i]! + j - lo[i]!;
    const shape = shapes[back[cell]!];
    if (!shape) throw new Error(`no path reaches (${i}, ${j}): the band is disconnected`);
    const [di, dj] = shape;
    const prevCell = start[i - di]! + (j - dj) - lo[i - di]!;
    beads.push({ i: i - di, di, j: j - dj, dj, cost: best[cell]! - best[prevCell]! });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
