import { toSimplified } from './script.js';
import { foldPunctuation } from './fold-term.js';

/** Text folded for matching, with each folded code unit's span in the original text. */
export interface FoldedText {
  text: string;
  /** Original offset where folded unit k starts / ends. */
  startOf: number[];
  endOf: number[];
}

/**
 * Folds a segment the way glossary terms are folded (Simplified script, punctuation and width),
 * keeping a map back to the original offsets. The whole text is converted at once; only when that
 * changes the length is it converted code point by code point, so every position stays exact.
 */
export function foldForMatching(text: string, convert: (s: string) => string = toSimplified): FoldedText {
  const whole = convert(text);
  if (whole.length === text.length) {
    const identity = Array.from({ length: text.length }, (_, i) => i);
    return { text: foldPunctuation(whole), startOf: identity, endOf: identity.map((i) => i + 1) };
  }
  let folded = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    const converted = convert(cp);
    for (let k = 0; k < converted.length; k++) {
      startOf.push(i);
      endOf.push(i + cp.length);
    }
    folded += converted;
    i += cp.length;
  }
  return { text: foldPunctuation(folded), startOf, endOf };
}
