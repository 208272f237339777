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
