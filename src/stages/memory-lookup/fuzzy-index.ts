import { distance } from 'fastest-levenshtein';

export interface FuzzyHit {
  /** Index of the string in the array the index was built from. */
  index: number;
  /** 0–100, 100 · (1 − edit distance / longer length): translate-toolkit's and Weblate's score. */
  score: number;
}

export interface FuzzySearchOptions {
  /** Minimum score, 0–100 (default 75). */
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
 * left unread number fewer than that bound, so only those postings are read. Candidates are verified with a real edit distance. Where the lemma
 * gives no bound (short strings), the whole length window is scanned: still exact.
 */
export class FuzzyIndex {
  private readonly order: Int32Array;
  private readonly lengths: Int32Array;
  private readonly texts: string[];
  private readonly postings = new Map<string, Int32Array>();

  constructor(strings: readonly string[]) {
    const ids = [...strings.keys()].sort((a, b) => strings[a]!.length - strings[b]!.length || a - b);
    this.order = Int32Array.from(ids);
    this.texts = ids.map((i) => strings[i]!);
    this.lengths = Int32Array.from(this.texts, (t) => t.length);
    const lists = new Map<string, number[]>();
    this.texts.forEach((text, id) => {
      const seen = new Set<string>();
      for (let i = 0; i + 1 < text.length; i++) {
        const gram = text.slice(i, i + 2);
        if (seen.has(gram)) continue;
        seen.add(gram);
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        list.push(id);
      }
    });
    for (const [gram, list] of lists) this.postings.set(gram, Int32Array.from(list));
  }

  get size(): number {
    return this.texts.length;
  }

  search(query: string, options: FuzzySearchOptions = {}): FuzzyHit[] {
    const threshold = (options.threshold ?? 75) / 100;
    const limit = options.limit ?? 5;
    const m = query.length;
    if (m === 0 || this.texts.length === 0) return [];
    const minLen = Math.ceil(m * threshold - 1e-9);
    const maxLen = threshold > 0 ? Math.floor(m / threshold + 1e-9) : Number.MAX_SAFE_INTEGER;
    const lo = this.lowerBound(minLen);
    const hi = this.lowerBound(maxLen + 1);
    const hits: FuzzyHit[] = [];
    for (const id of this.candidates(query, threshold, lo, hi)) {
      const n = this.lengths[id]!;
      const longer = Math.max(m, n);
      const maxD = Math.floor((1 - threshold) * longer + 1e-9);
      if (Math.abs(m - n) > maxD) continue;
      const d = distance(query, this.texts[id]!);
      if (d > maxD) continue;
      const score = 100 * (1 - d / longer);
      if (score + 1e-9 >= threshold * 100) hits.push({ index: this.order[id]!, score: Math.round(score * 100) / 100 });
    }
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return hits.slice(0, limit);
  }

  private candidates(query: string, threshold: number, lo: number, hi: number): Iterable<number> {
    const m = query.length;
    const multiplicity = new Map<string, number>();
    for (let i = 0; i + 1 < m; i++) {
      const gram = query.slice(i, i + 2);
      multiplicity.set(gram, (multiplicity.get(gram) ?? 0) + 1);
    }
    // The bound max(m, n) − 1 − 2d with the largest allowed d, at its weakest over the window.
    const longest = Math.max(m, hi > lo ? this.lengths[hi - 1]! : m);
    let need = Number.MAX_SAFE_INTEGER;
    for (let len = m; len <= longest; len++) need = Math.min(need, len - 1 - 2 * Math.floor((1 - threshold) * len + 1e-9));
    if (need <= 0 || multiplicity.size === 0) return range(lo, hi);
    // Read the rarest bigrams until the query occurrences left unread could not reach `need`.
    const grams = [...multiplicity.keys()].sort((a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0));
    let unread = m - 1;
    const found = new Set<number>();
    for (const gram of grams) {
      if (unread < need) break;
      unread -= multiplicity.get(gram)!;
      const list = this.postings.get(gram);
      if (!list) continue;
      for (let k = lowerBoundIn(list, lo); k < list.length && list[k]! < hi; k++) found.add(list[k]!);
    }
    return found;
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

function lowerBoundIn(list: Int32Array, value: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]! < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

function* range(lo: number, hi: number): Iterable<number> {
  for (let i = lo; i < hi; i++) yield i;
}

/** The reference the index is tested and benchmarked against: score every string. */
export function bruteForceSearch(strings: readonly string[], query: string, options: FuzzySearchOptions = {}): FuzzyHit[] {
  const threshold = options.threshold ?? 75;
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
