import { lengthCost, refineLengthModel, type LengthModel } from './length-model.js';

/**
 * Clause structure as evidence for a bead: translators keep most clause breaks, so the number of
 * Chinese clause marks (，、；：。！？) in a bead tracks the number of English ones (, ; : . ! ?
 * before a space or the end, so "3.5" and "1,000" do not count). Counted like lengths, the cost is
 * the Gale–Church cost of the two counts under a ratio and variance estimated from the text's own
 * first alignment, as the length model is.
 */
const ZH_MARKS = /[，、；：。！？,;:!?]/gu;
const EN_MARKS = /[,;:.!?](?=[\s"'”’)\]]|$)/gu;

export function clauseMarks(text: string, lang: 'zh' | 'en'): number {
  return text.match(lang === 'zh' ? ZH_MARKS : EN_MARKS)?.length ?? 0;
}

export interface ClauseModel {
  /** Prefix sums of the clause marks of each side's units. */
  zh: Float64Array;
  en: Float64Array;
  model: LengthModel;
  weight: number;
  /** Weighted cost by zh count × TABLE_SIZE + en count, for counts below TABLE_SIZE (asked for every bead of a pass). */
  table: Float64Array;
}

const TABLE_SIZE = 64;

/**
 * The clause model of two texts: ratio from the totals, refined (variance included) on the 1:1
 * pairs of a first alignment; the variance starts at the ratio (a Poisson count).
 */
export function clauseModel(zh: readonly string[], en: readonly string[], pairs: ReadonlyArray<readonly [number, number]>, weight: number): ClauseModel {
  const zc = zh.map((t) => clauseMarks(t, 'zh'));
  const ec = en.map((t) => clauseMarks(t, 'en'));
  const totalZh = zc.reduce((a, b) => a + b, 0);
  const ratio = totalZh > 0 ? Math.max(ec.reduce((a, b) => a + b, 0), 1) / totalZh : 1;
  const model = refineLengthModel({ ratio, variance: ratio }, pairs.map(([i, j]) => [zc[i]!, ec[j]!]));
  const table = new Float64Array(TABLE_SIZE * TABLE_SIZE);
  for (let z = 0; z < TABLE_SIZE; z++) for (let e = 0; e < TABLE_SIZE; e++) table[z * TABLE_SIZE + e] = weight * lengthCost(z, e, model);
  return { zh: prefixSums(zc), en: prefixSums(ec), model, weight, table };
}

/** Weighted cost of the clause counts of the bead [i, i + di) × [j, j + dj). */
export function clauseCost(c: ClauseModel, i: number, di: number, j: number, dj: number): number {
  const z = c.zh[i + di]! - c.zh[i]!;
  const e = c.en[j + dj]! - c.en[j]!;
  return z < TABLE_SIZE && e < TABLE_SIZE ? c.table[z * TABLE_SIZE + e]! : c.weight * lengthCost(z, e, c.model);
}

function prefixSums(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, k) => (out[k + 1] = out[k]! + v));
  return out;
}
