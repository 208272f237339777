/**
 * English sentence splitter. A sentence ends at `.`, `!`, `?` or an ellipsis followed by
 * closing quotes/brackets, white space and a capital letter, digit or opening quote. It does not
 * split after abbreviations (Mr. Dr. U.S. No. Jan. etc.), initials (J. K. Rowling), decimals
 * (3.5) or inside an ellipsis that continues the sentence. Lossless: pieces join to the input.
 */
const TITLES = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov',
  'sen', 'rep', 'pres', 'hon', 'messrs', 'mt', 'ft',
];
/** Abbreviations that never end a sentence. */
const NEVER_FINAL = new Set([...TITLES, 'vs', 'cf', 'e.g', 'i.e', 'approx', 'viz']);
/** Abbreviations that do not end a sentence before a number (No. 5, Jan. 1, p. 12). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'vol', 'vols', 'art', 'fig', 'figs', 'p', 'pp', 'para', 'ch', 'sec', 'tel', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Abbreviations that may end a sentence; they split only before a clear sentence start. */
const MAYBE_FINAL = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'p.r.c']);
/** Words that typically start a sentence, used after MAYBE_FINAL abbreviations (U.S. The …). */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these',
  'those', 'there', 'but', 'and', 'as', 'for', 'his', 'her', 'their', 'its', 'our', 'after', 'before',
  'when', 'while', 'according', 'meanwhile', 'however', 'since', 'by', 'with', 'from', 'to',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = /["'“‘(\[«]/u;

export function splitEnglishSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const end = sentenceEndAt(text, i);
    if (end > i) {
      pieces.push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) {
    if (pieces.length > 0 && text.slice(start).trim() === '') pieces[pieces.length - 1] += text.slice(start);
    else pieces.push(text.slice(start));
  }
  return pieces;
}

/**
 * False when splitEnglishSentences cannot give more than one piece: every split needs an ender
 * whose closers are followed by white space (sentenceEndAt). A cheap test before a split whose only
 * use is to count pieces (text-paragraphs.ts reads every line of a file this way).
 */
export function mayHoldTwoEnglishSentences(text: string): boolean {
  return ENDER_THEN_SPACE.test(text);
}

const ENDER_THEN_SPACE = /[.!?…]["'”’)\]»]*\s/u;

/** Index just past the sentence that ends at `i` (with closers and spaces), or `i` if none. */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i]!;
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return i;
  let j = i + 1;
  while (j < text.length && '.!?…'.includes(text[j]!)) j++;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  j = closingQuoteAfterSpace(text, j);
  const spaceStart = j;
  while (j < text.length && /\s/u.test(text[j]!)) j++;
  if (j === spaceStart) return i; // "3.5", "U.S.", "e.g.x": no space, no split
  if (j >= text.length) return i; // the rest is the last sentence
  const next = text.slice(j, j + 40);
  if (!startsSentence(next)) return i;
  if (ch === '.' && j - spaceStart > 0 && text[i + 1] !== '.' && isAbbreviation(text, i, next)) return i;
  if (ch === '.' && text.slice(i, i + 3) === '...' && /^\p{Ll}/u.test(next)) return i;
  return j;
}

/**
 * `step. ” Moreover`: a quote set apart by a space still closes the sentence when a space follows
 * it (even a “ typed for the closing ”: a quote that opens is not followed by a space).
 */
function closingQuoteAfterSpace(text: string, j: number): number {
  let k = j;
  while (k < text.length && /[ \t]/u.test(text[k]!)) k++;
  if (k === j || !'"”’\'“‘'.includes(text[k] ?? 'x')) return j;
  return k + 1 >= text.length || /\s/u.test(text[k + 1]!) ? k + 1 : j;
}

function startsSentence(next: string): boolean {
  const first = next[0] ?? '';
  if (/[\p{Lu}\p{N}]/u.test(first)) return true;
  return OPENERS.test(first) && /^.\s?[\p{Lu}\p{N}]/u.test(next);
}

/** True when the `.` at `i` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, i: number, next: string): boolean {
  const before = text.slice(Math.max(0, i - 12), i);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  const lower = word.toLowerCase();
  // A single capital letter is an initial (J. K. Rowling), unless a Roman-numeral-like "I." ends a list.
  if (/^\p{Lu}$/u.test(word)) return true;
  if (NEVER_FINAL.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && /^\p{N}/u.test(next)) return true;
  if (MAYBE_FINAL.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^[\p{L}]+/u.exec(next)?.[0]?.toLowerCase() ?? '';
    return !SENTENCE_STARTERS.has(nextWord);
  }
  return false;
}
