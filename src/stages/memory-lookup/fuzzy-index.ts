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

/** The score from which a memory entry counts as a fuzzy match, unless duizhao.yaml sets memory.fuzzyThreshold. */
export const DEFAULT_FUZZY_THRESHOLD = 75;

export interface FuzzySearchOptions {
  /** Minimum score, 0–100 (default DEFAULT_FUZZY_THRESHOLD). */
  threshold?: number;
  /** Maximum hits returned, best first (default 5). */
  limit?: number;
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
 * length window is scanned: still exact.
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
    const lo = this.lowerBound(Math.ceil(m * threshold - 1e-9));
    const hi = this.lowerBound((threshold > 0 ? Math.floor(m / threshold + 1e-9) : Number.MAX_SAFE_INTEGER) + 1);
    const { ids, bounds } = this.postings.candidates(query, { threshold, lo, hi, lengths: this.lengths });
    const byBound = Array.from(ids.keys()).sort((a, b) => bounds[b]! - bounds[a]! || ids[a]! - ids[b]!);
    const hits: FuzzyHit[] = [];
    let floor = threshold * 100;
    for (const k of byBound) {
      // Rounding to 2 decimals can lift a score by 0.005: keep verifying until the bound is clearly below.
      if (bounds[k]! + 0.01 < floor) break;
      const id = ids[k]!;
      const n = this.lengths[id]!;
      const longer = Math.max(m, n);
      const maxD = Math.floor((1 - threshold) * longer + 1e-9);
      if (Math.abs(m - n) > maxD) continue;
      const d = distance(query, this.text(id));
      if (d > maxD) continue;
      const score = 100 * (1 - d / longer);
      if (score + 1e-9 < threshold * 100) continue;
      if (insertHit(hits, { index: this.order[id]!, score: Math.round(score * 100) / 100 }, limit) && hits.length === limit) {
        floor = Math.max(floor, hits[limit - 1]!.score);
      }
    }
    return hits;
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
