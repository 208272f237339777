import { distance } from 'fastest-levenshtein';
import { bigramPostingsFromParts, createBigramPostings, type BigramPostings, type BigramPostingsParts, type StoredPostings } from './bigram-postings.js';

export interface FuzzyHit {
  /** Index of the string in the array the index was built from. */
  index: number;
  /** 0–100, 100 · (1 − edit distance / longer length): translate-toolkit's and Weblate's score. */
  score: number;
}

/** An index as typed arrays: ids in length order, their original index and length, the postings. */
export interface FuzzyIndexParts {
  order: Int32Array;
  lengths: Int32Array;
  postings: BigramPostingsParts;
}

/** An index as stored: the posting lists read one at a time, when a query needs them. */
export interface StoredFuzzyIndex {
  order: Int32Array;
  lengths: Int32Array;
  postings: StoredPostings;
}

/**
 * The guess of the likely best matches (see `search`): postings read, ids verified per hit asked
 * for, and the postings the exact search must otherwise read for the guess to be made. Measured
 * in process against main's search at 10k–3M entries: a 4,096-posting guess raised the median,
 * 512 guessed too poorly, 3 ids per hit cost more than they saved, and a guess made for every
 * query doubled the (tiny) times at 10k and 100k.
 */
const LIKELY_BUDGET = 1024;
const LIKELY_TAKE = 2;
const LIKELY_WORTH = 2048;

/** The score from which a memory entry counts as a fuzzy match, unless duizhao.yaml sets memory.fuzzyThreshold. */
export const DEFAULT_FUZZY_THRESHOLD = 75;

export interface FuzzySearchOptions {
  /** Minimum score, 0–100 (default DEFAULT_FUZZY_THRESHOLD). */
  threshold?: number;
  /** Maximum hits returned, best first (default 5). */
  limit?: number;
  /**
   * Postings the exact search would read before the likely best matches are verified first to
   * raise its floor (default 2,048; below that the guess costs more than it saves). Tests set 0.
   */
  likelyWorth?: number;
}

/**
 * Character-bigram index for fuzzy lookup that finds exactly what a brute-force scan finds.
 * Strings are numbered in length order, so a length window is a contiguous id range. A hit needs
 * edit distance d ≤ (1 − t)·max(m, n), and d edits destroy at most 2d bigrams, so it shares at
 * least max(m, n) − 1 − 2d bigram occurrences with the query (the q-gram lemma). Prefix filtering:
 * such a string must share one of the query's rarest bigrams, enough of them that the occurrences
 * left unread number fewer than that bound, so only those postings are read. Each candidate gets
 * an upper bound on its score (from the bigrams it shares and its length); candidates are verified
 * with a real edit distance best bound first, and once `limit` hits are held, the search stops at
 * the first bound that cannot reach the weakest of them (ties still verified, so the lowest index
 * wins as in the brute-force scan). Where the lemma gives no bound (short strings), the whole
 * length window is scanned: still exact. Before all this, a few strings sharing the most of the
 * query's rarest bigrams are verified: when `limit` of them reach the threshold, the weakest
 * one's score is a floor every answer must reach, and the exact search runs at that floor (at
 * 3M entries, near-duplicates put it near 90: about half the postings to read).
 */
export class FuzzyIndex {
  private readonly order: Int32Array;
  private readonly lengths: Int32Array;
  /** The string with this (length-ordered) id. */
  private readonly text: (id: number) => string;
  private readonly postings: BigramPostings;

  constructor(strings: readonly string[]);
  constructor(strings: undefined, stored: { parts: StoredFuzzyIndex; text: (index: number) => string });
  constructor(strings: readonly string[] | undefined, stored?: { parts: StoredFuzzyIndex; text: (index: number) => string }) {
    if (stored) {
      // From the index cache: the strings are read only when a candidate is verified.
      ({ order: this.order, lengths: this.lengths } = stored.parts);
      this.text = (id) => stored.text(this.order[id]!);
      this.postings = bigramPostingsFromParts(stored.parts.postings, this.order.length);
      return;
    }
    const all = strings ?? [];
    const ids = [...all.keys()].sort((a, b) => all[a]!.length - all[b]!.length || a - b);
    this.order = Int32Array.from(ids);
    const texts = ids.map((i) => all[i]!);
    this.text = (id) => texts[id]!;
    this.lengths = Int32Array.from(texts, (t) => t.length);
    this.postings = createBigramPostings(texts);
  }

  /** An index from the parts another index gave (`parts()`); `text(i)` is the i-th string it was built from. */
  static fromParts(parts: StoredFuzzyIndex, text: (index: number) => string): FuzzyIndex {
    return new FuzzyIndex(undefined, { parts, text });
  }

  get size(): number {
    return this.order.length;
  }

  /** The typed arrays that make the index (the strings aside), for the index cache. */
  parts(): FuzzyIndexParts {
    return { order: this.order, lengths: this.lengths, postings: this.postings.parts() };
  }

  search(query: string, options: FuzzySearchOptions = {}): FuzzyHit[] {
    const threshold = (options.threshold ?? DEFAULT_FUZZY_THRESHOLD) / 100;
    const limit = options.limit ?? 5;
    const m = query.length;
    if (m === 0 || this.order.length === 0 || limit <= 0) return [];
    const hits: FuzzyHit[] = [];
    // The likely best first, when the prefix to read is long: once `limit` of them are held,
    // nothing scoring below the weakest can enter, so the exact search runs at that score (less
    // 0.01, as scores are rounded to 2 decimals and ties go to the lower index).
    let floor = threshold;
    let likely: Int32Array = new Int32Array(0);
    const raise = (guess: Int32Array): { threshold: number; lo: number; hi: number } | undefined => {
      likely = guess;
      for (const id of guess) this.verify(query, id, threshold, hits, limit);
      if (hits.length < limit) return undefined;
      floor = Math.max(threshold, (hits[limit - 1]!.score - 0.01) / 100);
      return { threshold: floor, ...this.window(m, floor) };
    };
    const likelyOptions = { worth: options.likelyWorth ?? LIKELY_WORTH, take: LIKELY_TAKE * limit, budget: LIKELY_BUDGET, raise };
    const { ids, bounds } = this.postings.candidates(query, { threshold, ...this.window(m, threshold), lengths: this.lengths, likely: likelyOptions });
    const byBound = Array.from(ids.keys()).sort((a, b) => bounds[b]! - bounds[a]! || ids[a]! - ids[b]!);
    let weakest = hits.length === limit ? hits[limit - 1]!.score : floor * 100;
    for (const k of byBound) {
      // Rounding to 2 decimals can lift a score by 0.005: keep verifying until the bound is clearly below.
      if (bounds[k]! + 0.01 < weakest) break;
      if (likely.includes(ids[k]!)) continue;
      if (hits.length === limit) {
        // Its rounded score is at most its rounded bound: equal to the weakest hit's, it only
        // enters with a lower index (near-duplicates make many such ties at 3M entries).
        const best = Math.round(bounds[k]! * 100) / 100;
        const last = hits[limit - 1]!;
        if (best < last.score || (best === last.score && this.order[ids[k]!]! > last.index)) continue;
      }
      if (this.verify(query, ids[k]!, floor, hits, limit) && hits.length === limit) weakest = Math.max(weakest, hits[limit - 1]!.score);
    }
    return hits;
  }

  /** The ids whose length allows a score ≥ threshold against a query of length m. */
  private window(m: number, threshold: number): { lo: number; hi: number } {
    const lo = this.lowerBound(Math.ceil(m * threshold - 1e-9));
    const hi = this.lowerBound((threshold > 0 ? Math.floor(m / threshold + 1e-9) : Number.MAX_SAFE_INTEGER) + 1);
    return { lo, hi };
  }

  /** Scores string `id` against the query and keeps it in `hits` if it reaches the threshold and the top `limit`. */
  private verify(query: string, id: number, threshold: number, hits: FuzzyHit[], limit: number): boolean {
    const m = query.length;
    const n = this.lengths[id]!;
    const longer = Math.max(m, n);
    const maxD = Math.floor((1 - threshold) * longer + 1e-9);
    if (Math.abs(m - n) > maxD) return false;
    const d = distance(query, this.text(id));
    if (d > maxD) return false;
    const score = 100 * (1 - d / longer);
    if (score + 1e-9 < threshold * 100) return false;
    return insertHit(hits, { index: this.order[id]!, score: Math.round(score * 100) / 100 }, limit);
  }

  /** First id whose length is ≥ len. */
  private lowerBound(len: number): number {
    let a = 0;
    let b = this.lengths.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.lengths[mid]! < len) a = mid + 1;
      else b = mid;
    }
    return a;
  }
}

/** Keeps `hits` sorted (score desc, index asc) and at most `limit` long; true when `hit` got in. */
function insertHit(hits: FuzzyHit[], hit: FuzzyHit, limit: number): boolean {
  let at = hits.length;
  while (at > 0 && (hits[at - 1]!.score < hit.score || (hits[at - 1]!.score === hit.score && hits[at - 1]!.index > hit.index))) at--;
  if (at >= limit) return false;
  hits.splice(at, 0, hit);
  if (hits.length > limit) hits.pop();
  return true;
}

/** The reference the index is tested and benchmarked against: score every string. */
export function bruteForceSearch(strings: readonly string[], query: string, options: FuzzySearchOptions = {}): FuzzyHit[] {
  const threshold = options.threshold ?? DEFAULT_FUZZY_THRESHOLD;
  const hits: FuzzyHit[] = [];
  strings.forEach((text, index) => {
    const longer = Math.max(query.length, text.length);
    if (longer === 0) return;
    const score = 100 * (1 - distance(query, text) / longer);
    if (score + 1e-9 >= threshold) hits.push({ index, score: Math.round(score * 100) / 100 });
  });
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  return hits.slice(0, options.limit ?? 5);
}
