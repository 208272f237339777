import type { BeadShape } from './banded-dp.js';
import type { BeadEvidenceFn } from './bead-evidence.js';
import { clauseCost, type ClauseModel } from './clause-marks.js';
import { lengthCost, type LengthModel } from './length-model.js';
import { zhTokenCount, type PairMatches } from './pair-matches.js';
import type { SentenceFeatures } from './sentence-features.js';
import { endCost, type EndCosts } from './unit-ends.js';

/**
 * The cost of a bead: weighted Gale–Church length cost, −log prior of its shape, minus the lexical
 * evidence (matched tokens above the noise level expected between unrelated sentences).
 */
export interface BeadScorerOptions {
  features: SentenceFeatures;
  matches: PairMatches;
  model: LengthModel;
  priors: ReadonlyMap<string, number>;
  /** Expected hits per token between unrelated sentences. */
  noise: number;
  /** Weight of one matched token against the length cost. */
  lexicalWeight: number;
  /** Weight of the Gale–Church length cost. */
  lengthWeight: number;
  /** Exact per-bead evidence (fine pass); without it, pair hits are summed (coarse pass). */
  exact?: BeadEvidenceFn;
  /** How each unit ends and the cost of each pair of ends (unit-ends.ts). */
  ends?: EndCosts;
  /** Clause counts of each side and their model (clause-marks.ts). */
  clauses?: ClauseModel;
}

export interface BeadScorer {
  /** Length and lexical cost of a bead, without its shape prior. */
  cost(i: number, di: number, j: number, dj: number): number;
  /** −log prior of each shape. */
  shapePenalty(shapes: readonly BeadShape[]): number[];
  /** Matched tokens above noise, and the tokens of the bead. */
  evidence(i: number, di: number, j: number, dj: number): { hits: number; excess: number; tokens: number };
  lengthPart(i: number, di: number, j: number, dj: number): number;
}

/** Cost of merging a sentence that shares nothing with the other side (it is more likely 1:0 or 0:1). */
const ORPHAN_PENALTY = 1.5;
const ORPHAN_TOKENS = 4;

export function shapeKey([di, dj]: BeadShape): string {
  return `${di}:${dj}`;
}

export function createBeadScorer(options: BeadScorerOptions): BeadScorer {
  const { features, matches, model, noise, lexicalWeight, lengthWeight, ends, clauses } = options;
  const cumLenZh = prefix(features.zh.map((z) => z.length));
  const cumLenEn = prefix(features.en.map((e) => e.length));
  const tokZh = features.zh.map(zhTokenCount);
  const tokEn = features.en.map((e) => e.ids.length);
  const priorCost = new Map([...options.priors].map(([k, p]) => [k, -Math.log(p)]));
  const evidence = (i: number, di: number, j: number, dj: number) => {
    if (options.exact) {
      const e = options.exact(i, di, j, dj);
      return { hits: e.hits, excess: e.hits - e.expected, tokens: e.tokens };
    }
    let hits = 0;
    for (let a = i; a < i + di; a++) for (let b = j; b < j + dj; b++) hits += matches.hits(a, b);
    let tokens = 0;
    for (let a = i; a < i + di; a++) tokens += tokZh[a]!;
    for (let b = j; b < j + dj; b++) tokens += tokEn[b]!;
    return { hits, excess: excess(i, di, j, dj), tokens };
  };
  // The cost needs only the excess: asked for every bead of a pass, it makes no object of its own.
  const excess = (i: number, di: number, j: number, dj: number): number => {
    if (options.exact) {
      const e = options.exact(i, di, j, dj);
      return e.hits - e.expected;
    }
    let hits = 0;
    let expected = 0;
    for (let a = i; a < i + di; a++) {
      for (let b = j; b < j + dj; b++) {
        hits += matches.hits(a, b);
        expected += noise * (tokZh[a]! + tokEn[b]!);
      }
    }
    return hits - expected;
  };
  const lengthPart = (i: number, di: number, j: number, dj: number): number =>
    lengthCost(cumLenZh[i + di]! - cumLenZh[i]!, cumLenEn[j + dj]! - cumLenEn[j]!, model);
  /** Sentences of a merged bead with three or more tokens and no match at all on the other side. */
  const orphans = (i: number, di: number, j: number, dj: number): number => {
    let count = 0;
    if (di > 1) {
      for (let a = i; a < i + di; a++) {
        let h = 0;
        for (let b = j; b < j + dj; b++) h += matches.hits(a, b);
        if (h === 0 && tokZh[a]! >= ORPHAN_TOKENS) count++;
      }
    }
    if (dj > 1) {
      for (let b = j; b < j + dj; b++) {
        let h = 0;
        for (let a = i; a < i + di; a++) h += matches.hits(a, b);
        if (h === 0 && tokEn[b]! >= ORPHAN_TOKENS) count++;
      }
    }
    return count;
  };
  return {
    evidence,
    lengthPart,
    cost(i, di, j, dj) {
      // A sentence left unaligned costs only its prior: its length says nothing without a partner.
      if (di === 0 || dj === 0) return 0;
      let base = lengthWeight * lengthPart(i, di, j, dj) - lexicalWeight * excess(i, di, j, dj);
      if (ends) base += endCost(ends, i + di - 1, j + dj - 1);
      if (clauses) base += clauseCost(clauses, i, di, j, dj);
      return di > 1 || dj > 1 ? base + ORPHAN_PENALTY * orphans(i, di, j, dj) : base;
    },
    shapePenalty: (shapes) => shapes.map((s) => priorCost.get(shapeKey(s)) ?? 20),
  };
}

export function prefix(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, k) => (out[k + 1] = out[k]! + v));
  return out;
}
