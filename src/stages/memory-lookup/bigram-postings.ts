import { GramTable, type GramTableParts } from './gram-table.js';
import { PostingSearch, type CandidateOptions, type CandidateSet, type LikelyOptions } from './posting-search.js';

export type { CandidateOptions, CandidateSet, LikelyOptions };

export interface BigramPostings {
  candidates(query: string, options: CandidateOptions): CandidateSet;
  /** The typed arrays that make the postings (for the index cache). */
  parts(): BigramPostingsParts;
}

export interface BigramPostingsParts {
  grams: GramTableParts;
  /** Start of each bigram's list in `postings` (one more than there are bigrams). */
  offsets: Int32Array;
  postings: Int32Array;
}

/** Postings read from storage: each bigram's list is asked for only when a query has that bigram. */
export interface StoredPostings {
  grams: GramTableParts;
  offsets: Int32Array;
  list(gram: number): Int32Array;
}

/** Postings from their stored parts, for `size` strings; the arrays are used as they are. */
export function bigramPostingsFromParts(parts: StoredPostings, size: number): BigramPostings {
  return new Postings(new PostingSearch(GramTable.fromParts(parts.grams), parts.list, size));
}

/**
 * Posting lists of character bigrams in compressed-row form: one Int32Array of ids (each list
 * sorted, as ids are added in order), offsets per bigram, bigrams numbered through one Map keyed by
 * the two UTF-16 code units. A string is listed once per distinct bigram.
 */
export function createBigramPostings(texts: readonly string[]): BigramPostings {
  const gramIds = new GramTable();
  const counts: number[] = [];
  const lastSeen: number[] = [];
  const visit = (add: (gram: number, id: number) => void): void => {
    lastSeen.fill(-1);
    texts.forEach((text, id) => {
      for (let i = 0; i + 1 < text.length; i++) {
        const gram = gramIds.add(GramTable.code(text, i));
        if (gram === counts.length) counts.push(0), lastSeen.push(-1);
        if (lastSeen[gram] === id) continue;
        lastSeen[gram] = id;
        add(gram, id);
      }
    });
  };
  visit((gram) => void counts[gram]!++);
  const offsets = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) offsets[g + 1] = offsets[g]! + counts[g]!;
  const postings = new Int32Array(offsets[counts.length]!);
  const fill = offsets.slice(0, counts.length);
  visit((gram, id) => void (postings[fill[gram]!++] = id));
  const search = new PostingSearch(gramIds, (g) => postings.subarray(offsets[g], offsets[g + 1]), texts.length);
  return new Postings(search, { grams: gramIds.parts(), offsets, postings });
}

class Postings implements BigramPostings {
  constructor(private readonly search: PostingSearch, private readonly stored?: BigramPostingsParts) {}

  candidates(query: string, options: CandidateOptions): CandidateSet {
    return this.search.candidates(query, options);
  }

  parts(): BigramPostingsParts {
    if (!this.stored) throw new Error('postings read from the cache cannot be stored again');
    return this.stored;
  }
}
