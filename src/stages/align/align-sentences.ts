import { lengthDiagonalBand, pathBand, pathTouchesEdge, type Band } from './band.js';
import { blockPath } from './block-path.js';
import { createBeadScorer, prefix, type BeadScorer } from './bead-scorer.js';
import { COARSE_SHAPES, DEFAULT_PRIORS, FINE_SHAPES, maxShape, reestimatePriors } from './bead-shapes.js';
import { bandCells, runBandedDp, type BeadShape, type DpBead } from './banded-dp.js';
import type { BeadEvidenceFn } from './bead-evidence.js';
import { createBeadEvidenceByStart } from './bead-evidence-by-start.js';
import { beadConfidence, beadFeatures, type BeadFeatures } from './bead-confidence.js';
import { estimateLengthModel, refineLengthModel, type LengthModel } from './length-model.js';
import type { GlossaryAnchors } from './glossary-anchors.js';
import type { Lexicon } from './lexicon.js';
import { localFeatures } from './local-features.js';
import { computePairMatches, estimateNoiseRate } from './pair-matches.js';
import { buildSentenceFeatures, type SentenceFeatures } from './sentence-features.js';
import { endCosts, unitEnds, type EndCosts } from './unit-ends.js';

export interface AlignSentencesOptions {
  lexicon: Lexicon;
  /** Glossary terms as anchors (glossary-anchors.ts). */
  glossary?: GlossaryAnchors;
  /** Weight of a matched token (above noise); default 0.4 (best on the tuning sets, bench/tune/align-tune.ts). */
  lexicalWeight?: number;
  /** Weight of the Gale–Church length cost; default 0.5 (best on the tuning sets; the Bible is held out). */
  lengthWeight?: number;
  /**
   * Weight of the cost of a bead whose last units end in a way rare at bead ends in this text (unit-ends.ts); default 1
   * (tuning-set mean strict F1: 0 → 0.9731, 0.5 → 0.9736, 1 and 2 → 0.9742).
   */
  endWeight?: number;
  /** Prior probability of each bead shape (zh:en) before the text is seen; default DEFAULT_PRIORS (bead-shapes.ts). */
  priors?: ReadonlyMap<string, number>;
  /** Re-estimate the bead-shape priors from the first fine alignment and align again; default true. */
  reestimatePriors?: boolean;
  /** Half-width in sentences of the first pass's band around the length diagonal; default 40. */
  coarseWidth?: number;
  /** Half-width of the second pass's band around the first path; default 6. */
  fineWidth?: number;
  /**
   * Where the first pass's band is centred: on a coarse-to-fine block path (block-path.ts; the
   * default, linear in the text) or on the length diagonal (the earlier search, kept for
   * comparison in the bench; its band widens wherever the text drifts from the diagonal).
   */
  search?: 'blocks' | 'length-diagonal';
}

export interface AlignedBead {
  /** 0-based sentence indices, consecutive; empty for a 0:1 bead. */
  zh: number[];
  en: number[];
  /** Confidence in [0, 1] (a calibrated probability that the pair is right); 0 for 1:0 and 0:1 beads. */
  score: number;
  /** What the score was computed from (for calibration); absent on null beads. */
  features?: BeadFeatures;
}

export interface AlignSentencesResult {
  beads: AlignedBead[];
  model: LengthModel;
  noise: number;
}

/**
 * Aligns two sentence sequences: a coarse banded pass around the length diagonal (widened until
 * the path stays inside), then a fine pass with all bead shapes around the coarse path.
 */
export function alignSentences(zh: readonly string[], en: readonly string[], options: AlignSentencesOptions): AlignSentencesResult {
  const features = buildSentenceFeatures(zh, en, options.lexicon, options.glossary ? { glossary: options.glossary } : {});
  const n = zh.length;
  const m = en.length;
  let model = estimateLengthModel(features.zh.map((z) => z.length), features.en.map((e) => e.length));
  const noise = estimateNoiseRate(features.zh, features.en, features.vocabularySize);
  const weights = { lexical: options.lexicalWeight ?? 0.4, length: options.lengthWeight ?? 0.5 };
  const basePriors = options.priors ?? DEFAULT_PRIORS;
  const cumZh = prefix(features.zh.map((z) => z.length));
  const cumEn = prefix(features.en.map((e) => e.length));
  let width = options.coarseWidth ?? 40;
  const centre = (options.search ?? 'blocks') === 'blocks' && Math.max(n, m) > BLOCK_SEARCH_FROM * width ? blockPath(features) : undefined;
  const bandOf = (w: number): Band => (centre ? pathBand(centre, n, m, w, BLOCK_ROWS) : lengthDiagonalBand(cumZh, cumEn, w));
  let band = bandOf(width);
  let coarse = pass(bandFeatures(features, band, COARSE_SHAPES), band, COARSE_SHAPES, { model, noise, weights, priors: basePriors }).path;
  while (width < Math.max(n, m) && pathTouchesEdge(coarse, band, m, 3)) {
    width *= 2;
    band = bandOf(width);
    coarse = pass(bandFeatures(features, band, COARSE_SHAPES), band, COARSE_SHAPES, { model, noise, weights, priors: basePriors }).path;
  }
  model = refineLengthModel(model, oneToOneLengths(coarse, features));
  const endWeight = options.endWeight ?? 1;
  const ends = endWeight > 0 ? endCosts(unitEnds(zh), unitEnds(en), oneToOnePairs(coarse), endWeight) : undefined;
  const fineBand = pathBand(coarse, n, m, options.fineWidth ?? 6);
  const local = bandFeatures(features, fineBand, FINE_SHAPES);
  const byStart = createBeadEvidenceByStart(local, noise, FINE_SHAPES);
  const exact = byStart.evidence;
  const memo = new Float32Array(bandCells(fineBand.lo, fineBand.hi) * FINE_SHAPES.length).fill(NaN);
  let fine = pass(local, fineBand, FINE_SHAPES, { model, noise, weights, ends, priors: basePriors, exact, memo });
  if (options.reestimatePriors ?? true) {
    const priors = reestimatePriors(fine.path, basePriors);
    fine = pass(local, fineBand, FINE_SHAPES, { model, noise, weights, ends, priors, exact, memo });
  }
  byStart.oneByOne();
  const beads = fine.path.map((b): AlignedBead => ({
    zh: range(b.i, b.di),
    en: range(b.j, b.dj),
    score: beadConfidence(b, fine.scorer, noise),
    ...(b.di > 0 && b.dj > 0 ? { features: beadFeatures(b, fine.scorer, noise) } : {}),
  }));
  return { beads, model, noise };
}

/** Texts longer than this many band widths are searched around a block path. */
const BLOCK_SEARCH_FROM = 4;
/** Rows either side of the block path in the first band: the block path is good to about two blocks. */
const BLOCK_ROWS = 16;

interface PassSettings {
  model: LengthModel;
  noise: number;
  weights: { lexical: number; length: number };
  ends?: EndCosts;
  priors: ReadonlyMap<string, number>;
  exact?: BeadEvidenceFn;
  memo?: Float32Array;
}

function pass(
  features: SentenceFeatures,
  band: Band,
  shapes: readonly BeadShape[],
  settings: PassSettings,
): { path: DpBead[]; scorer: BeadScorer } {
  const n = features.zh.length;
  const m = features.en.length;
  const reach = maxShape(shapes);
  const to = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) to[i] = Math.min(m, band.hi[Math.min(n, i + reach)]!);
  const matches = computePairMatches(features.zh, features.en, features.vocabularySize, band.lo, to);
  const { model, noise, weights, ends, priors, exact, memo } = settings;
  const scorer = createBeadScorer({
    features, matches, model, priors, noise, lexicalWeight: weights.lexical, lengthWeight: weights.length, exact, ends,
  });
  const cost = (i: number, di: number, j: number, dj: number): number => scorer.cost(i, di, j, dj);
  const path = runBandedDp(n, m, band.lo, band.hi, shapes, cost, { shapePenalty: scorer.shapePenalty(shapes), memo });
  return { path, scorer };
}

/** The features a pass over `band` can use: each row's renderings present in the English it may be paired with (local-features.ts). */
function bandFeatures(features: SentenceFeatures, band: Band, shapes: readonly BeadShape[]): SentenceFeatures {
  const n = features.zh.length;
  const m = features.en.length;
  const reach = maxShape(shapes);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = band.lo[Math.max(0, i - reach)]!;
    to[i] = Math.min(m, band.hi[Math.min(n, i + reach)]! + reach);
  }
  return localFeatures(features, from, to);
}

function oneToOnePairs(path: readonly DpBead[]): Array<[number, number]> {
  return path.filter((b) => b.di === 1 && b.dj === 1).map((b) => [b.i, b.j]);
}

function oneToOneLengths(path: readonly DpBead[], features: SentenceFeatures): Array<[number, number]> {
  return path.filter((b) => b.di === 1 && b.dj === 1).map((b) => [features.zh[b.i]!.length, features.en[b.j]!.length]);
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}
