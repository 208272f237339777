import { toSimplified } from './script.js';
import { halfWidthChar } from './width.js';

/**
 * Punctuation and width differences a glossary lookup ignores, one character for one so
 * offsets survive: half-width and full-width commas and the enumeration comma (两不愁,三保障 =
 * 两不愁、三保障), colons, brackets, quotes of every shape, middle dots, full-width ASCII.
 */
const PUNCTUATION_CLASSES: ReadonlyArray<readonly [string, string]> = [
  ['、', ',，、､'],
  ['：', ':：'],
  ['；', ';；'],
  ['（', '(（'],
  ['）', ')）'],
  ['！', '!！'],
  ['？', '?？'],
  ['"', '"“”„「」『』＂'],
  ["'", "'‘’＇"],
  ['·', '·•・‧･'],
  ['-', '-－‐‑'],
  [' ', ' \u3000\u00a0'],
];

const FOLD = new Map<string, string>();
for (const [target, members] of PUNCTUATION_CLASSES) for (const c of members) FOLD.set(c, target);

/** Folds one UTF-16 code unit (never changes the length). */
export function foldChar(c: string): string {
  const folded = FOLD.get(c);
  return folded ?? halfWidthChar(c);
}

/** Length-preserving punctuation and width fold (see PUNCTUATION_CLASSES). */
export function foldPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/**
 * The lookup form of a Chinese term: Simplified script, punctuation and width folded, outer
 * whitespace trimmed. Simplified and Traditional spellings of one term share it.
 */
export function foldTerm(text: string): string {
  return foldPunctuation(toSimplified(text.normalize('NFC').trim()));
}
