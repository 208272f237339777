import { damageSpanEnd, OPEN_TO_CLOSE, pairMarks, QUOTE_OPENERS } from './unbalanced-marks.js';

/**
 * Chinese sentence splitter. A sentence ends at 。！？； or …… (and at ! ? ; between Chinese
 * characters), together with any closing quotes or brackets that follow. It never splits inside
 * 《》“”「」『』（）() or inside a number such as 3.5%, and never inside ⟦damage marks⟧, whatever they
 * hold (their content is opaque: a quote or bracket in it opens or closes nothing). Lossless: the
 * pieces joined give the input.
 * A quote or bracket that does not pair within the text (unbalanced-marks.ts) holds nothing together.
 * `insideQuotes` (for alignment) also ends sentences inside quotations, as English is split:
 * 他说：“甲。乙。”丙。 gives 他说：“甲。 / 乙。” / 丙。
 */
export interface SplitSentencesOptions {
  insideQuotes?: boolean;
}

const ENDERS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'", '＂']);
/** Closers that still belong to the sentence across a space (`希望成功 。 ” 此外`). */
const WIDE_CLOSERS = new Set(['”', '’', '」', '』', '）', '》', '】', '〕', '＂']);

export function splitSentences(text: string, options: SplitSentencesOptions = {}): string[] {
  const pieces: string[] = [];
  const { closeAt } = pairMarks(text);
  /** Closer indices of the pairs we are inside. */
  const stack: number[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const damageEnd = damageSpanEnd(text, i);
    if (damageEnd > i) {
      i = damageEnd;
      continue;
    }
    if (stack.at(-1) === i) stack.pop();
    else if (OPEN_TO_CLOSE[ch] && closeAt.has(i) && !(options.insideQuotes && QUOTE_OPENERS.has(ch))) stack.push(closeAt.get(i)!);
    const end = stack.length > 0 ? i : sentenceEndAt(text, i);
    if (end > i) {
      pieces.push(text.slice(start, end));
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return mergeBlankPieces(pieces);
}

/**
 * False when splitSentences cannot give more than one piece: no ender (nor …) but in one run at
 * the very end, which the first sentence end there takes whole. A cheap test before a split whose
 * only use is to count pieces (text-paragraphs.ts reads every line of a file this way).
 */
export function mayHoldTwoSentences(text: string): boolean {
  let k = 0;
  while (k < text.length && !isEnderOrEllipsis(text[k]!)) k++;
  while (k < text.length && isEnderOrEllipsis(text[k]!)) k++;
  return k < text.length;
}

const isEnderOrEllipsis = (ch: string): boolean => ENDERS.has(ch) || ch === '…';

/** Index just past the sentence end that starts at `i`, or `i` when there is none. */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i]!;
  let j: number;
  if (ch === '…' && text[i + 1] === '…') j = i + 2;
  else if (ENDERS.has(ch) && !isAsciiInsideLatin(text, i)) j = i + 1;
  else return i;
  while (j < text.length && (ENDERS.has(text[j]!) || text[j] === '…')) j++;
  for (;;) {
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    let k = j;
    while (k < text.length && /\s/u.test(text[k]!)) k++;
    if (k < text.length && WIDE_CLOSERS.has(text[k]!)) j = k;
    else break;
  }
  // Trailing spaces stay with the sentence they follow.
  while (j < text.length && /\s/u.test(text[j]!)) j++;
  return j;
}

/** `?` `!` `;` count as enders only next to Chinese text (not in "Q&A?x" or URLs). */
function isAsciiInsideLatin(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!'!?;'.includes(ch)) return false;
  const prev = text[i - 1] ?? '';
  return !/[\p{Script=Han}\u3000-\u303f\uff00-\uffef”’」』）)]/u.test(prev);
}

/** A piece that is only whitespace or closers joins the previous piece. */
function mergeBlankPieces(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && /^[\s”’」』）)》＂]*$/u.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}
