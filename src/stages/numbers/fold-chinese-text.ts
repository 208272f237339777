import { toSimplified } from '../normalize/script.js';

const folded = new Map<string, string>();

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
  const code = c.charCodeAt(0);
  if (c.length === 1 && ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))) {
    return String.fromCharCode(code - 0xfee0);
  }
  if (c === '％') return '%';
  if (c === '．') return '.';
  if (c.length !== 1 || code < 0x3400) return c;
  let simple = folded.get(c);
  if (simple === undefined) {
    const converted = toSimplified(c);
    simple = converted.length === 1 ? converted : c;
    folded.set(c, simple);
  }
  return simple;
}
