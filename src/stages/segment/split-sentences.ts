/**
 * Chinese sentence splitter. A sentence ends at 。！？； or …… (and at ! ? ; between Chinese
 * characters), together with any closing quotes or brackets that follow. It never splits inside
 * 《》“”「」『』（）() or inside a number such as 3.5%, and never inside ⟦damage marks⟧, whatever
 * they hold (their content is opaque: a quote or bracket in it opens or closes nothing).
 * Lossless: the pieces joined give the input.
 */
const ENDERS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'"]);
const OPEN_TO_CLOSE: Record<string, string> = {
  '《': '》', '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '【': '】', '〔': '〕', '‘': '’',
};
const CLOSE_CHARS = new Set(Object.values(OPEN_TO_CLOSE));

export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  const stack: string[] = [];
  const unmatched = unmatchedOpeners(text);
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const damageEnd = skipDamage(text, i);
    if (damageEnd > i) {
      i = damageEnd;
      continue;
    }
    if (OPEN_TO_CLOSE[ch] && !unmatched.has(i)) {
      stack.push(OPEN_TO_CLOSE[ch]!);
    } else if (CLOSE_CHARS.has(ch)) {
      // Pop to the matching opener; an unmatched closer is ignored so one typo cannot glue the text.
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack.length = at;
    }
    const end = sentenceEndAt(text, i, stack.length > 0);
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
 * Openers never closed in this text (a quotation the layout cut, a typo). They must not hold the
 * rest of the paragraph together as one "sentence", so the splitter ignores them.
 */
function unmatchedOpeners(text: string): Set<number> {
  const open: Array<{ at: number; close: string }> = [];
  const unmatched = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    while (skipDamage(text, i) > i) i = skipDamage(text, i);
    const ch = text[i];
    if (ch === undefined) break;
    if (OPEN_TO_CLOSE[ch]) open.push({ at: i, close: OPEN_TO_CLOSE[ch]! });
    else if (CLOSE_CHARS.has(ch)) {
      const k = open.map((o) => o.close).lastIndexOf(ch);
      if (k < 0) continue;
      for (const o of open.slice(k + 1)) unmatched.add(o.at);
      open.length = k;
    }
  }
  for (const o of open) unmatched.add(o.at);
  return unmatched;
}

/** Index just past the ⟦…⟧ damage mark opening at `i` (damaged text kept as received), else `i`. */
function skipDamage(text: string, i: number): number {
  if (text[i] !== '⟦') return i;
  const close = text.indexOf('⟧', i + 1);
  return close < 0 ? i : close + 1;
}

/** Index just past the sentence end that starts at `i`, or `i` when there is none. */
function sentenceEndAt(text: string, i: number, nested: boolean): number {
  const ch = text[i]!;
  let j: number;
  if (ch === '…' && text[i + 1] === '…') j = i + 2;
  else if (ENDERS.has(ch) && !nested && !isAsciiInsideLatin(text, i)) j = i + 1;
  else return i;
  if (nested) return i;
  while (j < text.length && (ENDERS.has(text[j]!) || text[j] === '…')) j++;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  // Trailing spaces stay with the sentence they follow.
  while (j < text.length && /\s/.test(text[j]!)) j++;
  return j < text.length || j > i ? j : i;
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
    if (out.length > 0 && /^[\s”’」』）)》]*$/u.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}
