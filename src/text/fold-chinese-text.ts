import { toSimplified } from './script.js';
import { FULL_WIDTH_ALNUM, halfWidthChar } from './width.js';

const folded = new Map<string, string>();
const ONE_ALNUM = new RegExp(`^${FULL_WIDTH_ALNUM.source}$`);

/**
 * The text with every character in Simplified script, full-width digits, letters, dots and
 * percent signs as ASCII, and other number punctuation unified — character by character, so
 * every UTF-16 offset into the result is an offset into the original (萬 → 万, ３ → 3, ％ → %).
 */
export function foldChineseText(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

function foldChar(c: string): string {
  if (c === '％' || c === '．' || ONE_ALNUM.test(c)) return halfWidthChar(c);
  if (c.length !== 1 || c.charCodeAt(0) < 0x3400) return c;
  let simple = folded.get(c);
  if (simple === undefined) {
    const converted = toSimplified(c);
    simple = converted.length === 1 ? converted : c;
    folded.set(c, simple);
  }
  return simple;
}
