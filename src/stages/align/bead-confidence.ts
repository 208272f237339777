import type { DpBead } from './banded-dp.js';
import type { BeadScorer } from './bead-scorer.js';

/**
 * Confidence that a bead's two sides translate each other, as a probability: a logistic function
 * of what the bead shows — the two-tailed probability of its length difference under the length
 * model, the share of its tokens matched by the lexicon and anchors (raw, and above twice the noise
 * level, capped), and whether it is 1:1. The coefficients were fitted on the tuning sets only
 * (bench/tune/align-calibrate.ts: WMT19 and WMT21 news as running text, UN SDG titles); the bench
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
}

export const FULL_COVERAGE = 0.3;

/** Intercept and weights of length, coverage, lexical and oneToOne (bench/tune/align-calibrate.ts). */
export const CALIBRATION: readonly number[] = [-5.563, 2.177, 8.195, 2.08, 3.963];

export function beadFeatures(bead: DpBead, scorer: BeadScorer, noise: number): BeadFeatures {
  const { hits, tokens } = scorer.evidence(bead.i, bead.di, bead.j, bead.dj);
  const coverage = tokens > 0 ? Math.min(1, hits / tokens) : 0;
  return {
    length: Math.exp(-scorer.lengthPart(bead.i, bead.di, bead.j, bead.dj)),
    coverage,
    // Where the noise is high (a short text full of common words), full coverage lies above it.
    lexical: Math.min(1, Math.max(0, (coverage - 2 * noise) / Math.max(FULL_COVERAGE - 2 * noise, 0.1))),
    oneToOne: bead.di === 1 && bead.dj === 1 ? 1 : 0,
  };
}

export function featureVector(f: BeadFeatures): number[] {
  return [1, f.length, f.coverage, f.lexical, f.oneToOne];
}

export function calibratedConfidence(f: BeadFeatures, weights: readonly number[] = CALIBRATION): number {
  const z = featureVector(f).reduce((sum, x, k) => sum + x * weights[k]!, 0);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

export function beadConfidence(bead: DpBead, scorer: BeadScorer, noise: number): number {
  if (bead.di === 0 || bead.dj === 0) return 0;
  return calibratedConfidence(beadFeatures(bead, scorer, noise));
}
