import type { DpBead } from './banded-dp.js';
import type { BeadScorer } from './bead-scorer.js';

/**
 * Confidence that a bead's two sides translate each other, as a probability: a logistic function
 * of what the bead shows — the two-tailed probability of its length difference under the length
 * model, the share of its tokens matched by the lexicon and anchors (raw, and above twice the noise
 * level, capped), whether it is 1:1, and what the weaker edge sentence of a merged bead adds. The coefficients were fitted on the tuning sets only
 * (bench/tune/align-calibrate.ts: the tuning sets of bench/lib/align-sets.ts); the bench
 * prints precision per score band on the held-out Bible and WMT20. Null beads get 0.
 */
export interface BeadFeatures {
  /** Probability of the length difference, 0–1. */
  length: number;
  /** Matched share of the bead's tokens, 0–1. */
  coverage: number;
  /** Coverage above twice the noise, scaled so FULL_COVERAGE is 1 (capped at 1). */
  lexical: number;
  oneToOne: number;
  /**
   * What the weaker edge sentence of a merged bead adds: matched tokens it brings per token it
   * has (capped at 1); for a 1:1 bead, its coverage. A clause that belongs to the next bead adds
   * nothing here, however well the rest of the bead fits.
   */
  weakest: number;
}

export const FULL_COVERAGE = 0.3;

/** Intercept and weights of length, coverage, lexical, oneToOne and weakest (bench/tune/align-calibrate.ts). */
export const CALIBRATION: readonly number[] = [-3.941, 1.663, -1.848, 4.064, 3.022, 4.373];

export function beadFeatures(bead: DpBead, scorer: BeadScorer, noise: number): BeadFeatures {
  const { hits, tokens } = scorer.evidence(bead.i, bead.di, bead.j, bead.dj);
  const coverage = tokens > 0 ? Math.min(1, hits / tokens) : 0;
  return {
    length: Math.exp(-scorer.lengthPart(bead.i, bead.di, bead.j, bead.dj)),
    coverage,
    // Where the noise is high (a short text full of common words), full coverage lies above it.
    lexical: Math.min(1, Math.max(0, (coverage - 2 * noise) / Math.max(FULL_COVERAGE - 2 * noise, 0.1))),
    oneToOne: bead.di === 1 && bead.dj === 1 ? 1 : 0,
    weakest: bead.di === 1 && bead.dj === 1 ? coverage : weakestEdge(bead, scorer, hits, tokens),
  };
}

/** The smaller share of matched tokens that the first or the last sentence of a merged side adds. */
function weakestEdge({ i, di, j, dj }: DpBead, scorer: BeadScorer, hits: number, tokens: number): number {
  const without: Array<[number, number, number, number]> = [];
  if (di > 1) without.push([i + 1, di - 1, j, dj], [i, di - 1, j, dj]);
  if (dj > 1) without.push([i, di, j + 1, dj - 1], [i, di, j, dj - 1]);
  let min = 1;
  for (const [a, da, b, db] of without) {
    const rest = scorer.evidence(a, da, b, db);
    const own = tokens - rest.tokens;
    min = Math.min(min, own > 0 ? Math.max(0, (hits - rest.hits) / own) : 0);
  }
  return min;
}

export function featureVector(f: BeadFeatures): number[] {
  return [1, f.length, f.coverage, f.lexical, f.oneToOne, f.weakest];
}

export function calibratedConfidence(f: BeadFeatures, weights: readonly number[] = CALIBRATION): number {
  const z = featureVector(f).reduce((sum, x, k) => sum + x * weights[k]!, 0);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

export function beadConfidence(bead: DpBead, scorer: BeadScorer, noise: number): number {
  if (bead.di === 0 || bead.dj === 0) return 0;
  return calibratedConfidence(beadFeatures(bead, scorer, noise));
}
