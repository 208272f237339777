import type { PdfLine } from './group-lines.js';

type Side = 'left' | 'right' | 'across';

/**
 * Reading order of a page set in two columns: lines that span the page (a headline, a rule of
 * text across) are read where they stand; between them the left column is read top to bottom,
 * then the right. A page counts as two columns when both halves hold at least five lines and at
 * least three pairs of them stand side by side on one baseline. Each column line gets its
 * column's frame, so indents and line ends are measured within the column.
 */
export function orderColumns(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length < 10) return [...lines];
  const leftEdge = Math.min(...lines.map((l) => l.x0));
  const rightEdge = Math.max(...lines.map((l) => l.x1));
  const middle = (leftEdge + rightEdge) / 2;
  const side = (l: PdfLine): Side => (l.x1 <= middle + l.size / 2 ? 'left' : l.x0 >= middle - l.size / 2 ? 'right' : 'across');
  const left = lines.filter((l) => side(l) === 'left');
  const right = lines.filter((l) => side(l) === 'right');
  const pairs = left.filter((l) => right.some((r) => Math.abs(r.y - l.y) < 2)).length;
  if (left.length < 5 || right.length < 5 || pairs < 3) return [...lines];
  const frames = { left: frameOf(left), right: frameOf(right) };
  const out: PdfLine[] = [];
  let segment: PdfLine[] = [];
  const flush = () => {
    for (const s of ['left', 'right'] as const) out.push(...segment.filter((l) => side(l) === s).map((l) => ({ ...l, frame: frames[s] })));
    segment = [];
  };
  for (const line of lines) {
    if (side(line) !== 'across') segment.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

function frameOf(lines: readonly PdfLine[]): { left: number; right: number } {
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}
