import type { PdfPage, TextRun } from './read-pdf-pages.js';

/** One printed line (or one column's part of it), left to right. */
export interface PdfLine {
  page: number;
  text: string;
  /** Left and right ends and baseline, in points from the bottom left of the page. */
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The column this line is set in, when the page has columns (see order-columns.ts). */
  frame?: { left: number; right: number };
}

const HAN_OR_MARK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * Groups a page's runs into lines by baseline, top to bottom. A horizontal gap wider than one and
 * a half characters splits a line into pieces (columns, or the two ends of a running head); a smaller
 * gap becomes one space, except between Chinese characters, where no space is ever invented.
 */
export function groupLines(page: PdfPage): PdfLine[] {
  const runs = page.runs.filter((r) => r.text.trim() !== '' || r.text === ' ').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs(r[0]!.y - run.y) <= Math.max(r[0]!.size, run.size) * 0.35);
    if (row) row.push(run);
    else rows.push([run]);
  }
  const lines = rows.flatMap((row) => splitRow(page.number, row.sort((a, b) => a.x - b.x)));
  return lines.sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function splitRow(page: number, row: readonly TextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  let spaced = false;
  for (const run of row) {
    // A space run (pdf.js also makes them for wide gaps) marks a space, never a line's extent.
    if (run.text.trim() === '') {
      spaced = current !== undefined;
      continue;
    }
    const gap = current ? run.x - current.x1 : 0;
    if (!current || gap > 1.5 * Math.max(run.size, current.size)) {
      if (current) lines.push(current);
      current = { page, text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size };
    } else {
      current.text += (spaced ? ' ' : spaceBetween(current.text, run.text, gap, run.size)) + run.text;
      current.x1 = Math.max(current.x1, run.x + run.width);
      current.size = Math.max(current.size, run.size);
    }
    spaced = false;
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/gu, ' ').trim() }));
}

/** Space the PDF shows by position only: next to a Chinese character or mark only for a wide gap. */
function spaceBetween(before: string, after: string, gap: number, size: number): string {
  if (/\s$/u.test(before) || /^\s/u.test(after)) return '';
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (HAN_OR_MARK.test(last) || HAN_OR_MARK.test(first)) return gap > size ? ' ' : '';
  return gap > size * 0.2 ? ' ' : '';
}
