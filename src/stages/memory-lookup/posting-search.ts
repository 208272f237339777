import { candidatePlan } from './candidate-plan.js';
import { GramTable } from './gram-table.js';

export interface CandidateOptions {
  /** Minimum score as a fraction, 0–1. */
  threshold: number;
  /** The length window: ids lo (inclusive) to hi (exclusive). */
  lo: number;
  hi: number;
  /** Length of each id's string (ids are numbered in length order). */
  lengths: Int32Array;
  /** When reading the prefix would cost more than `worth` postings: guess the likely best. */
  likely?: LikelyOptions;
}

export interface CandidateSet {
  ids: number[];
  /** For each candidate, an upper bound on its score (0–100). */
  bounds: number[];
}

export interface LikelyOptions {
  /** Postings the prefix must cost before a guess is worth making. */
  worth: number;
  /** How many ids to guess at most. */
  take: number;
  /** How many postings to read for the guess at most. */
  budget: number;
  /**
   * Verifies the guessed ids; returns a higher threshold with its length window when they prove
   * one (every answer scores at least that), or undefined.
   */
  raise: (ids: Int32Array) => { threshold: number; lo: number; hi: number } | undefined;
}

/** One of the query's bigrams: how often the query has it, and its posting list cut to the window. */
interface QueryList {
  mult: number;
  ids: Int32Array;
  start: number;
  end: number;
}

/** Counts fit in 16 bits (queries up to this long), the query's stamp in the 15 bits above. */
const MAX_COUNTED = 0xffff;

/**
 * The search over bigram posting lists (each sorted by id). Shared-bigram counts live in one
 * Int32Array, stamped per query in the high bits so nothing is cleared between queries: at 3M
 * entries, separate stamp and count arrays cost a cache miss each per posting, which made the
 * lookup tail.
 */
export class PostingSearch {
  private readonly tally: Int32Array;
  private stamp = 0;
  private touched = new Int32Array(1024);

  constructor(private readonly gramIds: GramTable, private readonly list: (gram: number) => Int32Array, size: number) {
    this.tally = new Int32Array(size);
  }

  candidates(query: string, options: CandidateOptions): CandidateSet {
    const m = query.length;
    let o = options;
    let plan = candidatePlan(m, o);
    const ids: number[] = [];
    const bounds: number[] = [];
    const scan = (): CandidateSet => {
      for (let id = o.lo; id < o.hi; id++) ids.push(id), bounds.push(plan.bound(o.lengths[id]!, Number.MAX_SAFE_INTEGER));
      return { ids, bounds };
    };
    if (plan.needMin <= 0 || m > MAX_COUNTED) return scan();
    let { lists, unread } = this.queryLists(query, o.lo, o.hi);
    if (o.likely && prefixCost(lists, unread, plan.needMin) > o.likely.worth) {
      const raised = o.likely.raise(this.likely(lists, o.likely));
      if (raised) {
        o = { ...o, ...raised };
        plan = candidatePlan(m, o);
        if (plan.needMin <= 0) return scan();
        lists = narrow(lists, o.lo, o.hi);
      }
    }
    const { need, minLen, needMin, bound } = plan;
    // Read the rarest bigrams (within the window) until the occurrences left unread could not reach needMin.
    const base = this.nextStamp();
    let n = 0;
    let next = 0;
    for (; next < lists.length && unread >= needMin; next++) {
      const list = lists[next]!;
      unread -= list.mult;
      for (let k = list.start; k < list.end; k++) {
        const id = list.ids[k]!;
        const v = this.tally[id]!;
        if (v < base) (this.tally[id] = base + list.mult), this.touch(n++, id);
        else this.tally[id] = v + list.mult;
      }
    }
    const alive = this.touched;
    let size = 0;
    for (let i = 0; i < n; i++) {
      const id = alive[i]!;
      if (this.tally[id]! - base + unread >= need[o.lengths[id]! - minLen]!) alive[size++] = id;
    }
    alive.subarray(0, size).sort();
    // Count the remaining (commoner) bigrams for the candidates left, by galloping search in each
    // list, dropping those that can no longer reach their bound: cheaper than verifying them.
    for (; next < lists.length && size > 0; next++) {
      const list = lists[next]!;
      unread -= list.mult;
      let at = list.start;
      let kept = 0;
      for (let i = 0; i < size; i++) {
        const id = alive[i]!;
        at = gallop(list.ids, at, list.end, id);
        if (at < list.end && list.ids[at] === id) this.tally[id] = this.tally[id]! + list.mult;
        if (this.tally[id]! - base + unread >= need[o.lengths[id]! - minLen]!) alive[kept++] = id;
      }
      size = kept;
    }
    for (let i = 0; i < size; i++) {
      const id = alive[i]!;
      ids.push(id);
      bounds.push(bound(o.lengths[id]!, this.tally[id]! - base + unread));
    }
    return { ids, bounds };
  }

  /**
   * Ids of the window (at most `take`) that share the most occurrences of the query's rarest
   * bigrams, reading at most `budget` postings: the likely best matches, verified first so that
   * the exact search can start from a higher floor. A guess only: exactness is `candidates`' job.
   */
  private likely(lists: readonly QueryList[], o: LikelyOptions): Int32Array {
    const base = this.nextStamp();
    let n = 0;
    let read = 0;
    let most = 0;
    for (const list of lists) {
      read += list.end - list.start;
      if (read > o.budget) break;
      for (let k = list.start; k < list.end; k++) {
        const id = list.ids[k]!;
        const v = this.tally[id]!;
        const count = (v < base ? 0 : v - base) + list.mult;
        if (v < base) this.touch(n++, id);
        this.tally[id] = base + count;
        if (count > most) most = count;
      }
    }
    // The ids with the highest counts, without sorting them: the count reached by `take` of them.
    const atLeast = new Int32Array(most + 2);
    for (let i = 0; i < n; i++) atLeast[this.tally[this.touched[i]!]! - base]!++;
    let cut = most;
    for (let c = most, sum = 0; c > 0 && sum < o.take; c--) (sum += atLeast[c]!), (cut = c);
    const out = new Int32Array(Math.min(o.take, n));
    let w = 0;
    for (let i = 0; i < n && w < out.length; i++) if (this.tally[this.touched[i]!]! - base > cut) out[w++] = this.touched[i]!;
    for (let i = 0; i < n && w < out.length; i++) if (this.tally[this.touched[i]!]! - base === cut) out[w++] = this.touched[i]!;
    return out.subarray(0, w);
  }

  /** The query's bigrams that some string has, rarest in the window first, and how many occurrences they make. */
  private queryLists(query: string, lo: number, hi: number): { lists: QueryList[]; unread: number } {
    const grams = new Map<number, number>();
    let unread = query.length - 1;
    for (let i = 0; i + 1 < query.length; i++) {
      const gram = this.gramIds.get(GramTable.code(query, i));
      // A bigram no string has cannot be shared: it is read for free.
      if (gram === -1) unread--;
      else grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
    const lists = [...grams].map(([gram, mult]) => {
      const ids = this.list(gram);
      const start = lowerBound(ids, 0, ids.length, lo);
      return { mult, ids, start, end: lowerBound(ids, start, ids.length, hi) };
    });
    return { lists: lists.sort((a, b) => a.end - a.start - (b.end - b.start)), unread };
  }

  /** A new stamp, above every count left by earlier queries (the tally is cleared when stamps run out). */
  private nextStamp(): number {
    if (++this.stamp === 1 << 15) (this.stamp = 1), this.tally.fill(0);
    return this.stamp << 16;
  }

  private touch(at: number, id: number): void {
    if (at === this.touched.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[at] = id;
  }
}

/** First position in list[from, to) holding a value ≥ `value`, found by doubling steps from `from`. */
function gallop(list: Int32Array, from: number, to: number, value: number): number {
  let a = from;
  let probe = from;
  for (let step = 1; probe < to && list[probe]! < value; step <<= 1) (a = probe + 1), (probe += step);
  return lowerBound(list, a, Math.min(probe, to), value);
}

function lowerBound(list: Int32Array, from: number, to: number, value: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]! < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Postings the prefix reads: the rarest lists until fewer than needMin occurrences are left unread. */
function prefixCost(lists: readonly QueryList[], unread: number, needMin: number): number {
  let cost = 0;
  for (let i = 0; i < lists.length && unread >= needMin; i++) (unread -= lists[i]!.mult), (cost += lists[i]!.end - lists[i]!.start);
  return cost;
}

/** The lists cut to a narrower window, rarest first again. */
function narrow(lists: readonly QueryList[], lo: number, hi: number): QueryList[] {
  return lists
    .map((l) => {
      const start = lowerBound(l.ids, l.start, l.end, lo);
      return { ...l, start, end: lowerBound(l.ids, start, l.end, hi) };
    })
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
