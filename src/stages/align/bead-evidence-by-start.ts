import type { BeadShape } from './banded-dp.js';
import { createBeadEvidence, idfWeights, type BeadEvidenceFn } from './bead-evidence.js';
import type { SentenceFeatures } from './sentence-features.js';

/**
 * The evidence of createBeadEvidence (bead-evidence.ts), computed for every shape of a bead start
 * at once: the beads starting at (i, j) share their first sentences, so each English width marks
 * its sentences once and each Chinese sentence is walked once per width, where one bead at a time
 * walked them for every shape (the fine pass's largest cost at 50k sentences). Sums are taken in
 * the same order, so the results are the same to the last bit (bead-evidence-by-start.test.ts).
 * The dynamic programme asks for beads ending in row i, which start in the rows just above: the
 * starts of the last ROWS rows are kept. Other beads (null, wider) are computed one by one.
 */
export interface BeadEvidenceByStart {
  evidence: BeadEvidenceFn;
  /** From now on, compute each bead asked for alone (the passes are over). */
  oneByOne(): void;
}

export function createBeadEvidenceByStart(features: SentenceFeatures, noise: number, shapes: readonly BeadShape[]): BeadEvidenceByStart {
  const single = createBeadEvidence(features, noise);
  const n = features.zh.length;
  const m = features.en.length;
  const widths = shapeTable(shapes);
  const markEn = new Int32Array(features.vocabularySize);
  const markZh = new Int32Array(features.vocabularySize);
  const seen = new Int32Array(features.vocabularySize);
  const distinct = new Int32Array(features.vocabularySize);
  const weight = idfWeights(features);
  const rendered = new Uint8Array(features.vocabularySize);
  for (const z of features.zh) for (const id of z.ids) rendered[id] = 1;
  const start = new Int32Array(m + 1);
  features.en.forEach((e, b) => (start[b + 1] = start[b]! + e.ids.reduce((count, id) => count + rendered[id]!, 0)));
  const renderable = new Int32Array(start[m]!);
  features.en.forEach((e, b) => {
    let at = start[b]!;
    for (const id of e.ids) if (rendered[id] === 1) renderable[at++] = id;
  });
  let stamp = 0;
  // A direct-mapped cache of starts (row i % ROWS, column j % COLUMNS) in typed arrays: evidence
  // kept as objects for a few rows outlived the young generation and doubled the peak memory.
  const rowOf = new Int32Array(ROWS).fill(-1);
  const columnOf = new Int32Array(ROWS * COLUMNS).fill(-1);
  const values = new Float64Array(ROWS * COLUMNS * widths.count * 3);

  const computeStart = (i: number, j: number, base: number): void => {
    const enStamp = ++stamp;
    const distinctStamp = ++stamp;
    let enTokens = 0;
    for (let dj = 1; dj <= widths.maxDj && j + dj <= m; dj++) {
      // The English side grows by one sentence: its renderable tokens marked, its distinct tokens counted.
      for (let k = start[j + dj - 1]!; k < start[j + dj]!; k++) markEn[renderable[k]!] = enStamp;
      for (const id of features.en[j + dj - 1]!.ids) {
        if (distinct[id] !== distinctStamp) {
          distinct[id] = distinctStamp;
          enTokens++;
        }
      }
      const zhStamp = ++stamp;
      let zhTokens = 0;
      let hits = 0;
      for (let di = 1; di <= widths.maxDi[dj]! && i + di <= n; di++) {
        const { ids, offsets } = features.zh[i + di - 1]!;
        zhTokens += offsets.length - 1;
        for (let g = 0; g + 1 < offsets.length; g++) {
          let hit = 0;
          for (let k = offsets[g]!; k < offsets[g + 1]!; k++) {
            const id = ids[k]!;
            markZh[id] = zhStamp;
            if (markEn[id] === enStamp && weight[id]! > hit) hit = weight[id]!;
          }
          hits += hit;
        }
        const at = widths.index[di * SIDE + dj]!;
        if (at < 0) continue;
        const seenStamp = ++stamp;
        let total = hits;
        for (let k = start[j]!; k < start[j + dj]!; k++) {
          const id = renderable[k]!;
          if (seen[id] === seenStamp) continue;
          seen[id] = seenStamp;
          if (markZh[id] === zhStamp) total += weight[id]!;
        }
        const v = base + at * 3;
        values[v] = total;
        values[v + 1] = zhTokens + enTokens;
        values[v + 2] = zhTokens * (1 - (1 - noise) ** dj) + enTokens * (1 - (1 - noise) ** di);
      }
    }
  };

  let byStart = true;
  const evidence: BeadEvidenceFn = (i, di, j, dj) => {
    const at = byStart && di < SIDE && dj < SIDE && di > 0 && dj > 0 ? widths.index[di * SIDE + dj]! : -1;
    if (at < 0 || i + di > n || j + dj > m) return single(i, di, j, dj);
    const slot = i % ROWS;
    if (rowOf[slot] !== i) {
      rowOf[slot] = i;
      columnOf.fill(-1, slot * COLUMNS, (slot + 1) * COLUMNS);
    }
    const cell = slot * COLUMNS + (j % COLUMNS);
    const base = cell * widths.count * 3;
    if (columnOf[cell] !== j) {
      columnOf[cell] = j;
      computeStart(i, j, base);
    }
    const v = base + at * 3;
    return { hits: values[v]!, tokens: values[v + 1]!, expected: values[v + 2]! };
  };
  // Beads asked for one by one (their confidence, after the passes) cost less computed alone.
  return { evidence, oneByOne: () => void (byStart = false) };
}

/** Rows of bead starts kept: a bead of the fine pass spans at most four rows. */
const ROWS = 8;
/** Columns of starts kept per row, more than a fine band is wide (a start beyond is computed again). */
const COLUMNS = 64;
/** Widths up to SIDE − 1 on either side are computed by start. */
const SIDE = 8;

interface ShapeTable {
  /** Slot of shape (di, dj) at index[di * SIDE + dj], −1 when not a shape. */
  index: Int32Array;
  count: number;
  maxDj: number;
  /** Widest Chinese side of a shape, per English width. */
  maxDi: Int32Array;
}

function shapeTable(shapes: readonly BeadShape[]): ShapeTable {
  const index = new Int32Array(SIDE * SIDE).fill(-1);
  const maxDi = new Int32Array(SIDE);
  let count = 0;
  let maxDj = 0;
  for (const [di, dj] of shapes) {
    if (di < 1 || dj < 1 || di >= SIDE || dj >= SIDE || index[di * SIDE + dj]! >= 0) continue;
    index[di * SIDE + dj] = count++;
    maxDi[dj] = Math.max(maxDi[dj]!, di);
    maxDj = Math.max(maxDj, dj);
  }
  return { index, count, maxDj, maxDi };
}
