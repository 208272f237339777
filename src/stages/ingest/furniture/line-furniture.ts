import type { BlockType } from '../../../model/document.js';

/** What stays of a line after a recogniser looked at it: a piece of text and, when known, its role. */
export interface KeptPart {
  text: string;
  role?: BlockType;
  /** A credit on a line of its own belongs to the caption above it. */
  attachToPrevious?: boolean;
}

/**
 * A recogniser's verdict on one line. `keep` is what stays (empty: the whole line is furniture);
 * whatever is not kept is logged to repairs.txt with the class and the reason.
 */
export interface FurnitureDecision {
  /** Kebab-case class token, e.g. `web-breadcrumb`; shown in repairs.txt and the scorer. */
  cls: string;
  why: string;
  keep: KeptPart[];
  /** The kept text is evidence for the title (原标题：…). */
  titleEvidence?: string;
}

/** Where a line sits among the non-blank lines of the document. */
export interface LineContext {
  index: number;
  count: number;
  previous?: string;
  next?: string;
}

/** One class of furniture or convention: a small module under furniture/, tried on every line. */
export interface LineRecogniser {
  cls: string;
  recognise(text: string, context: LineContext): FurnitureDecision | undefined;
}

/** A personal name as bylines print it: two to four Han characters (or a ·-joined transliteration). */
export const NAME = '[\\p{Script=Han}·]{2,4}';
/** Space between fields: ASCII, ideographic or no-break. */
export const GAP = '[ \\u3000\\u00a0]';

/** Drops the whole line. */
export function dropLine(cls: string, why: string): FurnitureDecision {
  return { cls, why, keep: [] };
}
