/**
 * How each unit ends, as evidence for where beads end: a sentence stop (1), a clause mark that
 * says the text runs on past the unit (-1: ， ； ： or , ; :), or neither (0: a headline, a bare
 * word). Where a source cut its units mid-sentence (a verse, a line), both languages are usually
 * cut at the same place, so a bead whose last Chinese unit runs on while its last English unit
 * ends a sentence has probably taken a clause of its neighbour. Which pairs of ends are rare at
 * bead ends depends on the text (the King James Bible ends many verses with a colon where the
 * Chinese has 。), so the costs are estimated from a first alignment of the text itself.
 */
const CLOSERS = /[\s"'”’」』）)\]》〉]+$/u;
const STOP = /[。．！？!?…]$|[^.]\.$/u;
const RUNS_ON = /[，、；：,;:—–-]$/u;

export function unitEnd(text: string): number {
  const t = text.replace(CLOSERS, '');
  return STOP.test(t) ? 1 : RUNS_ON.test(t) ? -1 : 0;
}

export function unitEnds(texts: readonly string[]): Int8Array {
  return Int8Array.from(texts, unitEnd);
}

export interface EndCosts {
  zh: Int8Array;
  en: Int8Array;
  /** Cost by (zh end + 1) * 3 + (en end + 1). */
  cost: Float64Array;
}

/** A pair of ends seen this many times less often than chance at the ends of 1:1 beads costs at most `weight` × ln of it. */
const MAX_RATIO = 20;

/**
 * Costs of the pairs of ends a bead can finish on: `weight` × ln(expected / observed) among the
 * 1:1 beads of a first alignment, where expected is the count if the two sides' ends were
 * independent; 0 for pairs seen as often as chance or more.
 */
export function endCosts(zh: Int8Array, en: Int8Array, pairs: ReadonlyArray<readonly [number, number]>, weight: number): EndCosts {
  const joint = new Float64Array(9);
  const zhCount = new Float64Array(3);
  const enCount = new Float64Array(3);
  for (const [i, j] of pairs) {
    joint[(zh[i]! + 1) * 3 + en[j]! + 1]!++;
    zhCount[zh[i]! + 1]!++;
    enCount[en[j]! + 1]!++;
  }
  const cost = new Float64Array(9);
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      const expected = pairs.length > 0 ? (zhCount[a]! * enCount[b]!) / pairs.length : 0;
      const ratio = (expected + 1) / (joint[a * 3 + b]! + 1);
      cost[a * 3 + b] = weight * Math.log(Math.min(MAX_RATIO, Math.max(1, ratio)));
    }
  }
  return { zh, en, cost };
}

/** The cost of a bead whose last units are `lastZh` and `lastEn`. */
export function endCost(ends: EndCosts, lastZh: number, lastEn: number): number {
  return ends.cost[(ends.zh[lastZh]! + 1) * 3 + ends.en[lastEn]! + 1]!;
}
