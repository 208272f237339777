import { createHash } from 'node:crypto';
import { toSimplified } from './script.js';
import { halfWidthAlnum } from './width.js';

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const BETWEEN_CJK_SPACE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');
const HALF_PUNCT_NEAR_CJK = new RegExp(`(?<=[${CJK}])[,:;()?!]|[,:;()?!](?=[${CJK}])`, 'gu');

/**
 * The memory key of a segment: Simplified script, full-width Chinese punctuation, corner
 * quotes as curly quotes, full-width letters and digits as ASCII, no spaces between Chinese
 * characters. The same sentence in Simplified and Traditional, with either punctuation width,
 * gets the same key.
 */
export function segmentKey(source: string): string {
  let text = toSimplified(source.normalize('NFC'));
  text = halfWidthAlnum(text);
  // Each step runs only when its characters occur (a memory import keys a million segments).
  if (CORNER_QUOTE.test(text)) text = text.replace(CORNER_QUOTES, (c) => CURLY[c] ?? c);
  if (!SPACE.test(text) && !HALF_PUNCT.test(text)) return text;
  text = text.replace(BETWEEN_CJK_SPACE, '');
  text = text.replace(HALF_PUNCT_NEAR_CJK, (c) => HALF_TO_FULL[c] ?? c);
  return text.replace(/\s+/g, ' ').trim();
}

const CORNER_QUOTE = /[「」『』]/;
const CORNER_QUOTES = /[「」『』]/g;
const CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const SPACE = /\s/;
const HALF_PUNCT = /[,:;()?!]/;

/** Short content hash of a key: 10 hex digits (40 bits) keep collisions negligible per project. */
export function keyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 10);
}

/**
 * Segment ids for a report in order: the key's hash, with `-2`, `-3`… for the second and later
 * occurrences of the same key, so an edit elsewhere never renumbers a segment.
 */
export function assignSegmentIds(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const hash = keyHash(key);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return n === 1 ? hash : `${hash}-${n}`;
  });
}
