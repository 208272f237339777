import type { Origin, UnitState } from './unit.js';

/**
 * One translation-memory entry: the English for one normalised Chinese segment. Stored one per
 * line in translations/memory/memory.jsonl, sorted by key.
 */
export interface MemoryEntry {
  /** segmentKey(source): Simplified, punctuation-normalised; shared by both scripts. */
  key: string;
  /** The source as first seen (original script). */
  source: string;
  target: string;
  state: UnitState;
  origin: Origin;
  /** Report slugs the segment occurs in, sorted. */
  reports: string[];
  /** ISO timestamps: when the entry was created and when its target last changed. */
  created: string;
  updated: string;
  /** A reviewer's note: shown in the bilingual edition and the review page, never to readers. */
  note?: string;
  /**
   * A translator's note for readers (e.g. "The amount is damaged in the source …"): the English
   * edition prints it as a Markdown footnote after the segment, the bilingual edition as a note.
   */
  footnote?: string;
  /** Problems a machine draft or a mechanical update left for a reviewer, e.g. `term/missing: 精准扶贫`. */
  flags?: string[];
}

export interface FuzzyMatch {
  entry: MemoryEntry;
  /** 0–100: 100 · (1 − edit distance / longer length), as translate-toolkit and Weblate compute it. */
  score: number;
}

/**
 * The one empty report list entries share (frozen: a write throws instead of changing them all).
 * Most entries name no report, and at a million entries a million empty arrays are a million
 * objects for the collector to copy; code that changes a list makes a new one anyway.
 */
export const NO_REPORTS = Object.freeze([]) as unknown as string[];
