import { pathBand, type Band } from './band.js';
import { runBandedDp, type BeadShape, type DpBead } from './banded-dp.js';
import { createBlockSimilarity, type BlockLevel, type BlockSimilarity } from './block-similarity.js';
import type { SentenceFeatures } from './sentence-features.js';

/**
 * A rough alignment path found coarse to fine, in time linear in the text (as Vecalign's recursive
 * search): sentences are grouped in blocks (block-similarity.ts), blocks of blocks up to a level
 * small enough for a full dynamic programme over every block pair; each finer level then searches
 * only a few blocks either side of the coarser path. The result, in sentence units, is accurate to
 * about a block and is where the sentence-level band is centred (align-sentences.ts), so the band
 * need not widen where the length diagonal drifts away from the text.
 */
export interface BlockPathOptions {
  /** Sentences per block at the finest level; default 8. */
  blockSize?: number;
  /** Most blocks per side at the top level, searched without a band; default 128. */
  topBlocks?: number;
  /** Half-width in blocks of each finer level's band around the coarser path; default 5. */
  width?: number;
  /** Added to the cost of leaving a block out, so the path does not detour through repetitive text; default 0.25. */
  skipPenalty?: number;
}

const SHAPES: readonly BeadShape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

export function blockPath(features: SentenceFeatures, options: BlockPathOptions = {}): DpBead[] {
  const size = options.blockSize ?? 8;
  const top = options.topBlocks ?? 128;
  const similarity = createBlockSimilarity(features);
  const sizes = [size];
  while (Math.max(features.zh.length, features.en.length) > top * sizes.at(-1)!) sizes.push(sizes.at(-1)! * 2);
  let path: DpBead[] | undefined;
  for (const s of sizes.reverse()) {
    const level = similarity.level(s);
    const band = path
      ? pathBand(scalePath(path, 2, level.rows, level.cols), level.rows, level.cols, options.width ?? 5)
      : { lo: new Int32Array(level.rows + 1), hi: new Int32Array(level.rows + 1).fill(level.cols) };
    path = runBandedDp(level.rows, level.cols, band.lo, band.hi, SHAPES, blockCost(similarity, level, band, options.skipPenalty ?? 0.25));
  }
  return scalePath(path!, size, features.zh.length, features.en.length);
}

/**
 * Cost of a block bead: each block it covers costs 1 − cosine; a block left out costs 1 − the
 * cosine expected between unrelated blocks, plus `penalty`.
 */
function blockCost(similarity: BlockSimilarity, level: BlockLevel, band: Band, penalty: number) {
  const from = new Int32Array(level.rows);
  const to = new Int32Array(level.rows);
  for (let i = 0; i < level.rows; i++) {
    from[i] = band.lo[Math.max(0, i - 1)]!;
    to[i] = Math.min(level.cols, band.hi[i]! + 2);
  }
  const cosine = similarity.cosines(level, from, to);
  const skip = 1 - unrelatedCosine(similarity, level) + penalty;
  return (i: number, di: number, j: number, dj: number): number =>
    di === 0 || dj === 0 ? (di + dj) * skip : (di + dj) * (1 - cosine(i, di, j, dj));
}

/** Mean cosine of blocks far apart in the two texts (block b against b + half the text). */
function unrelatedCosine(similarity: BlockSimilarity, level: BlockLevel): number {
  const { rows: n, cols: m } = level;
  if (n < 2 || m < 4) return 0;
  const samples = Math.min(n, 200);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const picked: Array<[number, number]> = [];
  for (let s = 0; s < samples; s++) {
    const i = Math.floor((s * n) / samples);
    const j = (Math.floor((i * m) / n) + Math.floor(m / 2)) % m;
    from[i] = j;
    to[i] = j + 1;
    picked.push([i, j]);
  }
  const cosine = similarity.cosines(level, from, to);
  return picked.reduce((sum, [i, j]) => sum + cosine(i, 1, j, 1), 0) / picked.length;
}

/** A path on a grid `factor` times coarser, in the finer grid's units (clamped to n × m). */
function scalePath(path: readonly DpBead[], factor: number, n: number, m: number): DpBead[] {
  return path.map((b) => {
    const i = Math.min(n, b.i * factor);
    const j = Math.min(m, b.j * factor);
    return { i, di: Math.min(n, (b.i + b.di) * factor) - i, j, dj: Math.min(m, (b.j + b.dj) * factor) - j, cost: b.cost };
  });
}
