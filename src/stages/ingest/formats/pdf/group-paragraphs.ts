import { isTerminated } from '../../line-shape.js';
import type { PdfLine } from './group-lines.js';
import { measureLayout, type PageLayout } from './page-layout.js';

/** A paragraph, heading or title as the page sets it: lines joined in reading order. */
export interface PdfBlock {
  page: number;
  text: string;
  size: number;
  lines: PdfLine[];
  /** Set when the block runs on from the page before (a sentence or paragraph the page break cut). */
  continuedOn?: number;
}

/**
 * Lines → blocks. A new block starts where the type size changes, at a wider gap than the
 * text's own line spacing, at a centred line, at a first-line indent, and after a line that stops
 * short of the right margin. A paragraph whose page (or column) ends before it does runs on into
 * the first line of the next page (or column) when that line is not indented.
 */
export function groupParagraphs(pages: readonly PdfLine[][], bodySize: number): PdfBlock[] {
  const layout = measureLayout(pages, bodySize);
  const blocks: PdfBlock[] = [];
  let previous: PdfLine | undefined;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const last = blocks.at(-1);
      // The first line of a page, or the top of the next column, may run on from the line before.
      const turned = i === 0 || line.y > lines[i - 1]!.y + line.size;
      const sameBlock = turned ? runsOn(last, previous, line, layout) : !startsBlock(lines[i - 1]!, line, layout);
      if (last && sameBlock) {
        if (i === 0) last.continuedOn = line.page;
        last.text = joinLineText(last.text, line.text);
        last.lines.push(line);
      } else {
        blocks.push({ page: line.page, text: line.text, size: line.size, lines: [line] });
      }
      previous = line;
    });
  }
  return blocks;
}

function startsBlock(a: PdfLine, b: PdfLine, layout: PageLayout): boolean {
  if (!sameSize(a.size, b.size)) return true;
  if (a.y - b.y > Math.max(a.size * 2.4, layout.leading * 1.45)) return true;
  if (a.size > layout.bodySize * 1.1) return false;
  if (layout.isCentred(a) || layout.isCentred(b)) return true;
  if (layout.indent(b) >= 0.8 * b.size) return true;
  return !layout.reachesRight(a);
}

/** Does the first line of a page continue the last block of the page before? */
function runsOn(block: PdfBlock | undefined, last: PdfLine | undefined, first: PdfLine, layout: PageLayout): boolean {
  if (!block || !last || !sameSize(last.size, first.size) || !sameSize(first.size, layout.bodySize)) return false;
  if (layout.isCentred(last) || layout.isCentred(first) || layout.indent(first) >= 0.8 * first.size) return false;
  if (!isTerminated(block.text)) return true;
  return layout.reachesRight(last) && layout.usesIndent;
}

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.08 * Math.max(a, b);
}

/** Lines of one paragraph join without a space, except between two Latin words. */
export function joinLineText(before: string, after: string): string {
  if (/[A-Za-z]$/u.test(before) && /^[A-Za-z0-9]/u.test(after)) return `${before} ${after}`;
  if (/[A-Za-z0-9][,.;:!?)]$/u.test(before) && /^[A-Za-z]/u.test(after)) return `${before} ${after}`;
  return before + after;
}
