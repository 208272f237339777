import type { PdfLine } from './group-lines.js';

/** The text block of each page, measured from its body lines, and the shape tests that use it. */
export interface PageLayout {
  bodySize: number;
  /** Usual distance between the baselines of two body lines. */
  leading: number;
  /** Most paragraphs start with a first-line indent. */
  usesIndent: boolean;
  indent(line: PdfLine): number;
  reachesRight(line: PdfLine): boolean;
  isCentred(line: PdfLine): boolean;
}

interface Margins {
  left: number;
  right: number;
}

export function measureLayout(pages: readonly PdfLine[][], bodySize: number): PageLayout {
  const margins = new Map<number, Margins>();
  const gaps: number[] = [];
  const all = pages.flat();
  const fallback = marginsOf(all, bodySize);
  for (const lines of pages) {
    const page = lines[0]?.page;
    if (page === undefined) continue;
    const body = lines.filter((l) => isBody(l, bodySize));
    margins.set(page, body.length >= 3 ? marginsOf(lines, bodySize) : fallback);
    for (let i = 1; i < lines.length; i++) {
      if (isBody(lines[i - 1]!, bodySize) && isBody(lines[i]!, bodySize)) gaps.push(lines[i - 1]!.y - lines[i]!.y);
    }
  }
  const leading = median(gaps.filter((g) => g > 0 && g < bodySize * 3)) ?? bodySize * 1.5;
  const at = (line: PdfLine) => line.frame ?? margins.get(line.page) ?? fallback;
  const indent = (line: PdfLine) => line.x0 - at(line).left;
  const isCentred = (line: PdfLine) => {
    const left = indent(line);
    const right = at(line).right - line.x1;
    return left > 1.5 * line.size && right > 1.5 * line.size && Math.abs(left - right) < 1.5 * line.size;
  };
  const body = all.filter((l) => isBody(l, bodySize) && !isCentred(l));
  const starts = body.filter((l, i) => i === 0 || !reaches(body[i - 1]!, at(body[i - 1]!)));
  const usesIndent = starts.filter((l) => indent(l) >= 0.8 * l.size).length > starts.length / 2;
  return { bodySize, leading, usesIndent, indent, isCentred, reachesRight: (line) => reaches(line, at(line)) };
}

function reaches(line: PdfLine, margins: Margins): boolean {
  return line.x1 >= margins.right - 1.2 * line.size;
}

/** Left: where most body lines start; right: where the longest body lines end. */
function marginsOf(lines: readonly PdfLine[], bodySize: number): Margins {
  const body = lines.filter((l) => isBody(l, bodySize));
  const use = body.length > 0 ? body : lines;
  const starts = new Map<number, number>();
  for (const l of use) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const common = [...starts].filter(([, n]) => n >= 2).map(([x]) => x);
  const left = common.length > 0 ? Math.min(...common) : Math.min(...use.map((l) => l.x0));
  const right = Math.max(...use.map((l) => l.x1));
  return { left, right };
}

function isBody(line: PdfLine, bodySize: number): boolean {
  return Math.abs(line.size - bodySize) <= 0.08 * bodySize;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
