import type { ElementContent } from 'hast';
import { collapseSpace, SKIPPED, unwrapText } from './inline-text.js';

/** One line of a block's text, with the markup line it starts on. */
export interface RunLine {
  text: string;
  line?: number;
  /** A <br> inside a sentence was removed here (markup line of the <br>). */
  joinedBreaks: number[];
}

type Part = { text: string; line?: number } | { br: true; line?: number };

const ENDS_SENTENCE = /[。！？；：…”」』）!?;:]$/u;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u;
const OPENS_ITEM = /^(?:第[一二三四五六七八九十百]+[章节部分条是]|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))/u;

/**
 * A block's inline content → its lines. A <br> breaks the line only where the text shows a break:
 * two <br> in a row, the end of a sentence, an indent, an ordinal, a date or a ——subtitle after it, and every <br>
 * of a centred or right-aligned block (titles, signatures). A <br> inside a
 * sentence (the editor's wrapping) is removed and reported.
 */
export function runLines(run: readonly ElementContent[], aligned = false): RunLine[] {
  const parts: Part[] = [];
  for (const node of run) flatten(node, parts);
  const out: RunLine[] = [];
  let current: { raw: string; line?: number; joined: number[] } = { raw: '', joined: [] };
  let breaks = 0;
  let breakLine: number | undefined;
  for (const part of parts) {
    if ('br' in part) {
      breaks++;
      breakLine ??= part.line;
      continue;
    }
    // White space between a <br> and the next words is the markup's layout.
    if (breaks > 0 && part.text.trim() === '' && !/[\u3000\u00a0]/u.test(part.text)) continue;
    if (breaks > 0 && (aligned || showsBreak(current.raw, part.text, breaks))) {
      push(out, current);
      current = { raw: '', joined: [] };
    } else if (breaks > 0 && collapseSpace(current.raw) !== '' && part.text.trim() !== '' && breakLine !== undefined) {
      current.joined.push(breakLine);
    }
    if (current.line === undefined && /[^ \t\r\n]/.test(part.text)) current.line = part.line;
    current.raw += breaks > 0 && /[A-Za-z0-9]$/.test(current.raw.trim()) && /^\s*[A-Za-z0-9]/.test(part.text) ? ` ${part.text}` : part.text;
    breaks = 0;
    breakLine = undefined;
  }
  push(out, current);
  return out;
}

function push(out: RunLine[], current: { raw: string; line?: number; joined: number[] }): void {
  const text = collapseSpace(current.raw);
  if (text !== '') out.push({ text, joinedBreaks: current.joined, ...(current.line !== undefined ? { line: current.line } : {}) });
}

function showsBreak(before: string, after: string, breaks: number): boolean {
  const prev = collapseSpace(before);
  const next = collapseSpace(after);
  if (prev === '' || next === '' || breaks >= 2) return true;
  if (ENDS_SENTENCE.test(prev) || DATE_LINE.test(next) || next.startsWith('——')) return true;
  if (/^[\u3000\u00a0]/u.test(after.replace(/^[ \t\r\n]+/, ''))) return true;
  return OPENS_ITEM.test(next) || (OPENS_ITEM.test(prev) && [...prev].length <= 30);
}

function flatten(node: ElementContent, parts: Part[]): void {
  const start = node.position?.start.line;
  if (node.type === 'text') {
    // The line of the first written character, not of the markup's line break before it.
    const line = start === undefined ? undefined : start + (/^[ \t\r\n]*/.exec(node.value)![0].match(/\n/g) ?? []).length;
    parts.push({ text: unwrapText(node.value), ...(line !== undefined ? { line } : {}) });
    return;
  }
  const line = start;
  if (node.type !== 'element' || SKIPPED.has(node.tagName) || node.tagName === 'img') return;
  if (node.tagName === 'br') {
    parts.push({ br: true, ...(line !== undefined ? { line } : {}) });
    return;
  }
  for (const child of node.children) flatten(child, parts);
}
