import type { FuzzyMatch, MemoryEntry } from '../../model/memory-entry.js';
import { DEFAULT_FUZZY_THRESHOLD, FuzzyIndex } from './fuzzy-index.js';

/** Exact access to the memory's entries (a TranslationMemory, or the index cache's key table). */
export interface MemoryView {
  get(key: string): MemoryEntry | undefined;
}

/** What a segment without a usable exact entry is offered: an entry, with its score when it is a fuzzy match. */
export interface Suggested {
  entry: MemoryEntry;
  score?: number;
}

/**
 * The translation memory as a segment sees it: exact entries, fuzzy matches at or above one
 * threshold, and the suggestions built from them. `status`, the build, `check` and
 * `translate --only` all ask this object, so they agree about what is a fuzzy match.
 */
export interface MemoryLookup {
  /** Minimum fuzzy score, 0–100 (duizhao.yaml `memory.fuzzyThreshold`, default 75). */
  readonly threshold: number;
  /** The entry stored under `key`, whatever its state. */
  get(key: string): MemoryEntry | undefined;
  /** Entries with English whose key scores at least the threshold against `key`, best first, `key` itself left out. */
  fuzzy(key: string, limit?: number): FuzzyMatch[];
  /** For a segment without a usable exact entry: the exact entry's English if it has some (state empty), then up to 3 fuzzy matches. */
  suggestions(key: string): Suggested[];
}

export interface CreateMemoryLookupOptions {
  memory: MemoryView;
  /** Fuzzy index over the keys of the entries with English. */
  index: FuzzyIndex;
  /** The key of the index's string `j`. */
  keyOf(j: number): string;
  threshold?: number | undefined;
}

/** Fuzzy suggestions per segment: what the editions, the review page and `status` show. */
const SUGGESTIONS = 3;

export function createMemoryLookup(options: CreateMemoryLookupOptions): MemoryLookup {
  const { memory, index, keyOf } = options;
  return lookupOver(memory, (key, threshold, limit) => {
    const out: FuzzyMatch[] = [];
    for (const hit of index.search(key, { threshold, limit })) {
      const entry = memory.get(keyOf(hit.index));
      if (entry?.target && entry.key !== key) out.push({ entry, score: hit.score });
    }
    return out;
  }, options.threshold);
}

/**
 * The lookup over `memory` with `search` for its fuzzy matches: entries with English whose key
 * scores at least `threshold` against `key`, best first, at most `limit`, `key` itself left out.
 */
export function lookupOver(memory: MemoryView, search: (key: string, threshold: number, limit: number) => FuzzyMatch[], threshold = DEFAULT_FUZZY_THRESHOLD): MemoryLookup {
  const fuzzy = (key: string, limit = SUGGESTIONS): FuzzyMatch[] => search(key, threshold, limit);
  return {
    threshold,
    get: (key) => memory.get(key),
    fuzzy,
    suggestions(key) {
      const exact = memory.get(key);
      const matches: Suggested[] = fuzzy(key);
      return exact?.target ? [{ entry: exact }, ...matches] : matches;
    },
  };
}

/** A lookup over entries held in this process (no index cache): the index covers those with English. */
export function memoryLookupOf(memory: MemoryView & { entries(): MemoryEntry[] }, threshold?: number): MemoryLookup {
  const keys = memory.entries().filter((e) => e.target).map((e) => e.key);
  return createMemoryLookup({ memory, index: new FuzzyIndex(keys), keyOf: (j) => keys[j]!, threshold });
}
