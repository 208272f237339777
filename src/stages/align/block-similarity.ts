import { idfWeights } from './bead-evidence.js';
import type { SentenceFeatures } from './sentence-features.js';

/**
 * Lexical similarity of blocks of consecutive sentences, for a coarse search (block-path.ts). A
 * block is the sum of its sentences' token vectors: an English token weighs its rarity (idf), a
 * Chinese word spreads that weight over its possible renderings. Dot products are exact and cost
 * one pass over the English block's tokens, so a level of the search costs time linear in the text
 * and no memory beyond a few numbers per block.
 */
export interface BlockLevel {
  /** Sentences per block. */
  size: number;
  rows: number;
  cols: number;
  /** Squared norm of each block, and dot product with the next block on the same side. */
  zhNorm: Float64Array;
  enNorm: Float64Array;
  zhNext: Float64Array;
  enNext: Float64Array;
}

export interface BlockSimilarity {
  level(size: number): BlockLevel;
  /** Cosine of the sums of zh blocks [i, i + di) and en blocks [j, j + dj), di and dj ≤ 2, within the prepared rows. */
  cosines(level: BlockLevel, from: Int32Array, to: Int32Array): (i: number, di: number, j: number, dj: number) => number;
}

export function createBlockSimilarity(features: SentenceFeatures): BlockSimilarity {
  const weight = idfWeights(features);
  const acc = new Float64Array(features.vocabularySize);
  const touched: number[] = [];
  const add = (id: number, w: number): void => {
    if (acc[id] === 0) touched.push(id);
    acc[id]! += w;
  };
  const clear = (): number => {
    let norm = 0;
    for (const id of touched) {
      norm += acc[id]! * acc[id]!;
      acc[id] = 0;
    }
    touched.length = 0;
    return norm;
  };
  // The block walks are written out for each side and use (scatter into acc, or dot with it):
  // a callback per token cost more than the arithmetic. Sums keep the token order, so results are exact as before.
  const zhBlock = (size: number, b: number, dot: boolean): number => {
    let sum = 0;
    for (let s = b * size; s < Math.min(features.zh.length, (b + 1) * size); s++) {
      const { ids, offsets } = features.zh[s]!;
      for (let g = 0; g + 1 < offsets.length; g++) {
        const share = 1 / Math.sqrt(offsets[g + 1]! - offsets[g]!);
        for (let k = offsets[g]!; k < offsets[g + 1]!; k++) {
          const id = ids[k]!;
          const w = share * weight[id]!;
          if (dot) sum += acc[id]! * w;
          else add(id, w);
        }
      }
    }
    return sum;
  };
  const enBlock = (size: number, b: number, dot: boolean): number => {
    let sum = 0;
    for (let s = b * size; s < Math.min(features.en.length, (b + 1) * size); s++) {
      const ids = features.en[s]!.ids;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (dot) sum += acc[id]! * weight[id]!;
        else add(id, weight[id]!);
      }
    }
    return sum;
  };
  const sideNorms = (block: typeof zhBlock, size: number, count: number): [Float64Array, Float64Array] => {
    const norm = new Float64Array(count);
    const next = new Float64Array(count);
    for (let b = 0; b < count; b++) {
      block(size, b, false);
      if (b + 1 < count) next[b] = block(size, b + 1, true);
      norm[b] = clear();
    }
    return [norm, next];
  };
  return {
    level(size) {
      const rows = Math.ceil(features.zh.length / size);
      const cols = Math.ceil(features.en.length / size);
      const [zhNorm, zhNext] = sideNorms(zhBlock, size, rows);
      const [enNorm, enNext] = sideNorms(enBlock, size, cols);
      return { size, rows, cols, zhNorm, enNorm, zhNext, enNext };
    },
    cosines(level, from, to) {
      const dots: Float64Array[] = [];
      for (let i = 0; i < level.rows; i++) {
        zhBlock(level.size, i, false);
        const row = new Float64Array(Math.max(0, to[i]! - from[i]!));
        for (let j = from[i]!; j < to[i]!; j++) row[j - from[i]!] = enBlock(level.size, j, true);
        clear();
        dots.push(row);
      }
      const at = (i: number, j: number): number => dots[i]![j - from[i]!] ?? 0;
      return (i, di, j, dj) => {
        let d = 0;
        for (let a = i; a < i + di; a++) for (let b = j; b < j + dj; b++) d += at(a, b);
        const zz = level.zhNorm[i]! + (di > 1 ? level.zhNorm[i + 1]! + 2 * level.zhNext[i]! : 0);
        const ee = level.enNorm[j]! + (dj > 1 ? level.enNorm[j + 1]! + 2 * level.enNext[j]! : 0);
        return zz > 0 && ee > 0 ? d / Math.sqrt(zz * ee) : 0;
      };
    },
  };
}
