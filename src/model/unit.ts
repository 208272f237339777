import type { GlossaryMatch } from './glossary-entry.js';

/**
 * Ordered translation states, as in translate-toolkit: a higher state is never replaced by a
 * lower one, so machine output (draft) cannot overwrite a human translation.
 */
export const UNIT_STATES = ['empty', 'draft', 'translated', 'reviewed', 'approved'] as const;
export type UnitState = (typeof UNIT_STATES)[number];

export function stateRank(state: UnitState): number {
  return UNIT_STATES.indexOf(state);
}

export function isUnitState(value: unknown): value is UnitState {
  return typeof value === 'string' && (UNIT_STATES as readonly string[]).includes(value);
}

/** Human-entered states that machine output must never replace. */
export function isHumanState(state: UnitState): boolean {
  return stateRank(state) >= stateRank('translated');
}

/** The one rule every writer follows: a human state is never replaced by a lower state. */
export function wouldDowngrade(current: UnitState, incoming: UnitState): boolean {
  return isHumanState(current) && stateRank(incoming) < stateRank(current);
}

/** Where a target came from: `manual`, `import`, `memory-exact`, `memory-fuzzy:87`, `mt:<backend>`. */
export type Origin = string;

export type SegmentKind = 'title' | 'subtitle' | 'heading' | 'sentence' | 'caption' | 'byline' | 'dateline';

export interface UnitLocation {
  /** Report slug. */
  report: string;
  /** Project-relative path of the zh.md file. */
  file: string;
  line: number;
  /** 1-based block (paragraph) index within the report. */
  paragraph: number;
  /** 0-based index of the segment within its paragraph. */
  index: number;
}

/** A fuzzy or machine proposal for a segment: shown to reviewers, never taken as final. */
export interface Suggestion {
  target: string;
  /** `memory-fuzzy:87`, `mt:openai` … */
  origin: Origin;
  /** Similarity 0–100 for memory matches. */
  score?: number;
  /** The memory key the suggestion came from. */
  fromKey?: string;
  /** What was adapted mechanically (numbers, glossary terms): the reviewer must check it. */
  adaptations?: string[];
}

/** One segment carried through the whole pipeline. */
export interface TranslationUnit {
  /** Content-addressed id: short hash of `key`, plus `-2`, `-3`… for repeats in one report. */
  id: string;
  /** Normalised source (Simplified, full-width punctuation, collapsed whitespace): the memory key. */
  key: string;
  /** Source text as it appears in the report (original script). */
  source: string;
  kind: SegmentKind;
  target?: string;
  state: UnitState;
  origin?: Origin;
  notes: string[];
  /** The memory entry's translator's note for readers: a footnote in the English edition. */
  footnote?: string;
  suggestions?: Suggestion[];
  /** Glossary entries found in the source. */
  terms?: GlossaryMatch[];
  location: UnitLocation;
}
