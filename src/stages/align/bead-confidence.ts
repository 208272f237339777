import type { DpBead } from './banded-dp.js';
import type { BeadScorer } from './bead-scorer.js';

/**
 * Confidence in [0, 1] that a bead's two sides translate each other: half from the length
 * model (the two-tailed probability of the length difference), half from the share of the
 * bead's tokens matched by the lexicon and anchors above the noise level. Null beads get 0.
 */
export const FULL_COVERAGE = 0.3;

export function beadConfidence(bead: DpBead, scorer: BeadScorer, noise: number): number {
  if (bead.di === 0 || bead.dj === 0) return 0;
  const { hits, tokens } = scorer.evidence(bead.i, bead.di, bead.j, bead.dj);
  const lengthProbability = Math.exp(-scorer.lengthPart(bead.i, bead.di, bead.j, bead.dj));
  const coverage = tokens > 0 ? hits / tokens : 0;
  const lexical = Math.min(1, Math.max(0, (coverage - 2 * noise) / (FULL_COVERAGE - 2 * noise)));
  return Math.round((0.5 * lengthProbability + 0.5 * lexical) * 1000) / 1000;
}
