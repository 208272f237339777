import { isBodyLine, isContinuation } from '../line-shape.js';
import type { LineRecogniser } from './line-furniture.js';

/**
 * Print furniture: the running heads and page numbers a printed or PDF page carries, which text
 * copied from it keeps as lines of their own ("第12页 - 某某文史资料", "- 12 -", "Page 3 of 10",
 * "P. 12", or a bare number between the two halves of a sentence the page break cut).
 */
export interface PrintContext {
  /** The non-blank lines around this one. */
  previous?: string;
  next?: string;
}

export interface PrintDecision {
  cls: 'print-page-number' | 'print-running-head';
  why: string;
  keep: [];
}

const ARABIC = '[0-9０-９]{1,4}';
const HAN_NUMBER = '[一二三四五六七八九十百零〇]{1,5}';
const NUMBER = `(?:${ARABIC}|${HAN_NUMBER})`;
const DECOR = '[-‐–—－―·•・~～_|]';
/** "- 12 -", "— 12 —", "· 12 ·", "~12~": a page number between two marks. */
const DECORATED_NUMBER = new RegExp(`^${DECOR}{1,2}\\s*${ARABIC}\\s*${DECOR}{1,2}$`, 'u');
/** A page reference a running head is built around. */
const PAGE_MARKS = [
  new RegExp(`共\\s*${NUMBER}\\s*[页頁]\\s*[/／,，、]?\\s*第\\s*${NUMBER}\\s*[页頁]`, 'u'),
  new RegExp(`第\\s*${NUMBER}\\s*[页頁](?:\\s*[/／,，、]?\\s*共\\s*${NUMBER}\\s*[页頁])?`, 'u'),
  new RegExp(`\\bpage\\s*${ARABIC}(?:\\s*(?:of|/)\\s*${ARABIC})?\\b`, 'iu'),
  new RegExp(`\\bp\\.?\\s*${ARABIC}\\b`, 'iu'),
  new RegExp('^[0-9０-９]{1,3}\\s*[/／]\\s*[0-9０-９]{1,3}$', 'u'),
];
/** What a running head may carry beside the page mark: a short name, no sentence. */
const HEAD_REST = /^[^。，；！？：,;!?]{0,24}$/u;
const SEPARATORS = /[\s\-‐–—－―·•・|｜/／]+/gu;
const BARE_NUMBER = /^[0-9０-９]{1,4}$/u;

/** A running head or page-number line on its own shape (no context needed). */
export function recognisePrintLine(text: string): PrintDecision | undefined {
  if (text.length > 60) return undefined; // UTF-16 units: cheap, and a head is short
  const line = text.trim();
  if (line === '' || line.length > 40) return undefined;
  if (DECORATED_NUMBER.test(line)) return drop('print-page-number', 'page number between marks');
  for (const mark of PAGE_MARKS) {
    const found = mark.exec(line);
    if (!found) continue;
    const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found[0].length)).replace(SEPARATORS, ' ').trim();
    if (!HEAD_REST.test(rest)) continue;
    return rest === '' ? drop('print-page-number', 'page number') : drop('print-running-head', 'running head with the page number');
  }
  return undefined;
}

/**
 * A bare number is a page number when it stands between body text and its continuation: the
 * page broke there. (A bare number after a heading is that heading's ordinal, and stays.)
 */
export function recognisePrintFurniture(text: string, context: PrintContext): PrintDecision | undefined {
  const own = recognisePrintLine(text);
  if (own) return own;
  const line = text.trim();
  if (!BARE_NUMBER.test(line) || context.previous === undefined || context.next === undefined) return undefined;
  if (!isBodyLine(context.previous.trim()) || !isContinuation(context.next.trim())) return undefined;
  return drop('print-page-number', 'bare page number where the page broke the text');
}

/** Print furniture as one of the line recognisers, so overrides.yaml outranks it like every class. */
export const printFurniture: LineRecogniser = {
  cls: 'print-furniture',
  recognise: (text, context) => recognisePrintFurniture(text, context),
};

function drop(cls: PrintDecision['cls'], why: string): PrintDecision {
  return { cls, why, keep: [] };
}
