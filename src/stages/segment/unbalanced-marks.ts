/**
 * Pairs the quotes and brackets of one paragraph and lists those that do not pair. The splitter
 * holds a sentence together only inside a pair, so a mark left open (a quotation the layout cut,
 * a typo) never glues the rest of the paragraph into one "sentence"; the problems are reported.
 * A full-width ＂ (or ASCII ") closing an open quotation is read as the closing mark the writer
 * meant (and reported). A second “ inside an open “ stays an opener: it is usually a quoted term
 * (“插花”) after a quotation the layout cut, more often than a “ typed for the closing ”.
 */
export const OPEN_TO_CLOSE: Readonly<Record<string, string>> = {
  // ⟦…⟧ marks damaged text kept as received: a stray ? inside it is not a sentence end.
  '⟦': '⟧',
  '《': '》', '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '【': '】', '〔': '〕', '‘': '’',
};
const CLOSE_CHARS = new Set(Object.values(OPEN_TO_CLOSE));
/** Quotation marks (as opposed to brackets and book-title marks). */
export const QUOTE_OPENERS = new Set(['“', '‘', '「', '『']);
const AMBIGUOUS_QUOTES = new Set(['＂', '"']);

export type MarkProblemKind = 'never-closed' | 'never-opened' | 'closed-by';

export interface MarkProblem {
  /** UTF-16 index of the mark in the paragraph. */
  index: number;
  mark: string;
  problem: MarkProblemKind;
  /** The character that closed it, for `closed-by`. */
  closer?: string;
}

export interface MarkPairs {
  /** Index of each paired opener → index of its closer. */
  closeAt: Map<number, number>;
  problems: MarkProblem[];
}

export function pairMarks(text: string): MarkPairs {
  const open: Array<{ at: number; mark: string }> = [];
  const closeAt = new Map<number, number>();
  const problems: MarkProblem[] = [];
  const closeTop = (k: number, at: number): void => {
    for (const o of open.slice(k + 1)) problems.push({ index: o.at, mark: o.mark, problem: 'never-closed' });
    closeAt.set(open[k]!.at, at);
    open.length = k;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const damageEnd = damageSpanEnd(text, i);
    if (damageEnd > i) {
      // ⟦…⟧ holds text kept as received: opaque, a quote or bracket in it opens or closes nothing.
      closeAt.set(i, damageEnd - 1);
      i = damageEnd - 1;
      continue;
    }
    if (OPEN_TO_CLOSE[ch]) open.push({ at: i, mark: ch });
    else if (AMBIGUOUS_QUOTES.has(ch)) {
      const k = open.findLastIndex((o) => QUOTE_OPENERS.has(o.mark));
      if (k < 0) continue;
      problems.push({ index: open[k]!.at, mark: open[k]!.mark, problem: 'closed-by', closer: ch });
      closeTop(k, i);
    } else if (CLOSE_CHARS.has(ch)) {
      const k = open.findLastIndex((o) => OPEN_TO_CLOSE[o.mark] === ch);
      if (k < 0) problems.push({ index: i, mark: ch, problem: 'never-opened' });
      else closeTop(k, i);
    }
  }
  for (const o of open) problems.push({ index: o.at, mark: o.mark, problem: 'never-closed' });
  return { closeAt, problems: problems.sort((a, b) => a.index - b.index) };
}

/** The quotes and brackets of a paragraph that do not pair (what `pairMarks` reports). */
export function unbalancedMarks(text: string): MarkProblem[] {
  return pairMarks(text).problems;
}

/** Rule id of the diagnostic that reports a mark that does not pair (segment, align). */
export const UNBALANCED_MARK_RULE = 'segment/unbalanced-mark';
export const UNBALANCED_MARK_HINT = 'Correct the quote or bracket in the source text so the sentences split where they should.';

/** What is wrong with the mark, with a little of the text around it so it can be found. */
export function markProblemReason(problem: MarkProblem, text: string): string {
  const near = text.slice(Math.max(0, problem.index - 8), problem.index + 9).replace(/\s+/gu, ' ');
  if (problem.problem === 'closed-by') return `${problem.mark} is closed by ${problem.closer ?? '?'} (near "${near}"); read as a pair`;
  if (problem.problem === 'never-closed') return `${problem.mark} is never closed in its paragraph (near "${near}"); the sentence splitter ignored it`;
  return `${problem.mark} closes nothing (near "${near}"); the sentence splitter ignored it`;
}

/** Index just past the ⟧ that closes a ⟦ at `i`, or `i` when there is no damage span there. */
export function damageSpanEnd(text: string, i: number): number {
  if (text[i] !== '⟦') return i;
  const close = text.indexOf('⟧', i + 1);
  return close < 0 ? i : close + 1;
}
