import type { DpBead } from './banded-dp.js';

/**
 * Bands for the DP. The first pass follows the length diagonal: row i is centred on the en
 * position whose cumulative length (scaled by the zh/en ratio) equals row i's. The second pass
 * follows the first pass's path, a few sentences either side.
 */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export function lengthDiagonalBand(cumZh: Float64Array, cumEn: Float64Array, width: number): Band {
  const n = cumZh.length - 1;
  const m = cumEn.length - 1;
  const scale = cumZh[n]! > 0 ? cumEn[m]! / cumZh[n]! : 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const target = cumZh[i]! * scale;
    while (j < m && cumEn[j + 1]! <= target) j++;
    const centre = i === n ? m : j;
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(m, centre + width);
  }
  return connect({ lo, hi }, m);
}

/**
 * The cells a path passes through (interpolated over rows it skips), widened by `width` columns
 * and `rowWidth` rows (so a rough path that turns a few rows late still has the turn in its band).
 */
export function pathBand(path: readonly DpBead[], n: number, m: number, width: number, rowWidth = 0): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const visit = (i: number, j: number): void => {
    lo[i] = Math.min(lo[i]!, j);
    hi[i] = Math.max(hi[i]!, j);
  };
  visit(0, 0);
  for (const b of path) {
    for (let r = b.i; r <= b.i + b.di; r++) {
      visit(r, b.j);
      visit(r, b.j + b.dj);
    }
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, lo[i]! - width);
    hi[i] = Math.min(m, hi[i]! + width);
  }
  const band = connect({ lo, hi }, m);
  if (rowWidth <= 0) return band;
  // Edges are monotone after connect: widening by rows takes the edge of the row rowWidth away.
  const shifted = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1) };
  for (let i = 0; i <= n; i++) {
    shifted.lo[i] = band.lo[Math.max(0, i - rowWidth)]!;
    shifted.hi[i] = band.hi[Math.min(n, i + rowWidth)]!;
  }
  return shifted;
}

/** True when the path comes within `margin` of a band edge that is not the grid edge. */
export function pathTouchesEdge(path: readonly DpBead[], band: Band, m: number, margin: number): boolean {
  return path.some((b) => {
    const i = b.i + b.di;
    const j = b.j + b.dj;
    return (band.lo[i]! > 0 && j - band.lo[i]! < margin) || (band.hi[i]! < m && band.hi[i]! - j < margin);
  });
}

/** Monotone edges, each row overlapping the previous one, start and end cells included. */
function connect(band: Band, m: number): Band {
  const { lo, hi } = band;
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  return band;
}
