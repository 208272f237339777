// Calibration of alignment confidence: precision per score band, and a logistic fit of the
// bead features to "the pair is right" (Newton's method with a small ridge, deterministic).
import { featureVector, type BeadFeatures } from '../../src/stages/align/bead-confidence.js';

export interface ScoredPair {
  score: number;
  features: BeadFeatures;
  right: boolean;
}

const BANDS = [0, 0.2, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0001];

/** Markdown rows: per score band the pairs, mean confidence and share right (the precision). */
export function bandRows(name: string, pairs: readonly ScoredPair[]): string[] {
  const rows: string[] = [];
  for (let k = 0; k + 1 < BANDS.length; k++) {
    const inBand = pairs.filter((p) => p.score >= BANDS[k]! && p.score < BANDS[k + 1]!);
    if (inBand.length === 0) continue;
    const mean = inBand.reduce((a, p) => a + p.score, 0) / inBand.length;
    const right = inBand.filter((p) => p.right).length / inBand.length;
    rows.push(`| ${name} | ${BANDS[k]!.toFixed(1)}–${Math.min(1, BANDS[k + 1]!).toFixed(1)} | ${inBand.length} | ${mean.toFixed(3)} | ${right.toFixed(3)} |`);
  }
  const brier = pairs.reduce((a, p) => a + (p.score - (p.right ? 1 : 0)) ** 2, 0) / Math.max(1, pairs.length);
  rows.push(`| ${name} | all (Brier score ${brier.toFixed(3)}) | ${pairs.length} | ${(pairs.reduce((a, p) => a + p.score, 0) / Math.max(1, pairs.length)).toFixed(3)} | ${(pairs.filter((p) => p.right).length / Math.max(1, pairs.length)).toFixed(3)} |`);
  return rows;
}

export const BAND_HEADER = ['| set | confidence band | pairs | mean confidence | share right (precision) |', '|---|---|---|---|---|'];

/** Weights of a logistic regression of `right` on the feature vector. */
export function fitLogistic(pairs: readonly ScoredPair[], ridge = 1e-3, iterations = 30): number[] {
  const xs = pairs.map((p) => featureVector(p.features));
  const d = xs[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, (_, r) => Array.from({ length: d }, (_, c) => (r === c ? ridge : 0)));
    xs.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * w[k]!, 0)));
      const y = pairs[n]!.right ? 1 : 0;
      for (let r = 0; r < d; r++) {
        grad[r]! += (p - y) * x[r]!;
        for (let c = 0; c < d; c++) hess[r]![c]! += p * (1 - p) * x[r]! * x[c]!;
      }
    });
    for (let r = 0; r < d; r++) grad[r]! += ridge * w[r]!;
    const step = solve(hess, grad);
    w = w.map((v, k) => v - step[k]!);
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, r) => [...row, b[r]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}
