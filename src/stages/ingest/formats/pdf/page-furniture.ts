import type { Diagnostic } from '../../../../model/diagnostic.js';
import { recognisePrintLine } from '../../furniture/print-furniture.js';
import type { PdfLine } from './group-lines.js';

export interface PageFurnitureResult {
  /** Each page's lines without its running heads and page numbers. */
  pages: PdfLine[][];
  diagnostics: Diagnostic[];
}

interface Occurrence {
  line: PdfLine;
  key: string;
}

const DIGITS = /[0-9０-９]+|[一二三四五六七八九十百零〇]+(?=\s*[页頁])/gu;

/**
 * Running heads and page numbers, found by repetition: a line in the top or bottom two rows of a
 * page whose text (numbers aside) recurs at the same height on three pages, or on two when that is
 * 40% of them (a chapter's own running head recurs only within the chapter). An outermost line shaped like a page number ("- 3 -", "第3页 共9页", a bare 3) goes too,
 * repeated or not. Each kind is logged once with its page count.
 */
export function dropPageFurniture(pages: readonly PdfLine[][], file: string): PageFurnitureResult {
  const edges = pages.flatMap((lines) => edgeLines(lines).filter(isHeadShaped).map((line) => ({ line, key: keyOf(line.text) })));
  const furniture = new Set<PdfLine>();
  const groups = new Map<string, Occurrence[]>();
  for (const cluster of clusters(edges)) {
    const pageCount = new Set(cluster.map((o) => o.line.page)).size;
    if (pageCount < 2 || (pageCount < 3 && pageCount < 0.4 * pages.length)) continue;
    cluster.forEach((o) => furniture.add(o.line));
    groups.set(cluster[0]!.key, [...(groups.get(cluster[0]!.key) ?? []), ...cluster]);
  }
  for (const lines of pages) {
    const outer = [lines[0], lines.at(-1)].filter((l): l is PdfLine => l !== undefined && !furniture.has(l));
    for (const line of outer.filter((l) => isPageNumberShape(l.text))) {
      furniture.add(line);
      groups.set(`${keyOf(line.text)}#${line.page}`, [{ line, key: keyOf(line.text) }]);
    }
  }
  const diagnostics = [...groups.values()].map((group) => describe(group, pages.length, file));
  return { pages: pages.map((lines) => lines.filter((l) => !furniture.has(l))), diagnostics };
}

/** Lines of the first two and last two rows of a page (a row: lines on one baseline). */
function edgeLines(lines: readonly PdfLine[]): PdfLine[] {
  const rows: number[] = [];
  for (const line of lines) if (!rows.some((y) => Math.abs(y - line.y) < 2)) rows.push(line.y);
  const edge = [...rows.slice(0, 2), ...rows.slice(-2)];
  return lines.filter((l) => edge.some((y) => Math.abs(y - l.y) < 2));
}

/** Occurrences of one text at one height (within 3 pt) across pages. */
function clusters(edges: readonly Occurrence[]): Occurrence[][] {
  const out: Occurrence[][] = [];
  for (const o of edges) {
    const cluster = out.find((c) => c[0]!.key === o.key && Math.abs(c[0]!.line.y - o.line.y) <= 3);
    if (!cluster) out.push([o]);
    else if (!cluster.some((c) => c.line === o.line)) cluster.push(o);
  }
  return out;
}

/** Running heads are short and no sentence; body lines that differ only in a number are not heads. */
function isHeadShaped(line: PdfLine): boolean {
  return [...line.text].length <= 40 && !/[。！？!?]$/u.test(line.text);
}

function keyOf(text: string): string {
  return text.replace(DIGITS, '#').replace(/\s+/gu, '');
}

/** A running head or page number by its own shape, whether it repeats or not. */
function isPageNumberShape(text: string): boolean {
  return /^[0-9]{1,4}$/u.test(text.trim()) || recognisePrintLine(text) !== undefined;
}

function kindOf(text: string): 'page number' | 'running head' {
  return /^[0-9]{1,4}$/u.test(text.trim()) || recognisePrintLine(text)?.cls === 'print-page-number' ? 'page number' : 'running head';
}

function describe(group: readonly Occurrence[], pageTotal: number, file: string): Diagnostic {
  const first = group[0]!.line;
  const kind = kindOf(first.text);
  const varies = group.some((o) => o.line.text !== first.text);
  const shown = varies ? first.text.replace(DIGITS, 'N') : first.text;
  const pages = [...new Set(group.map((o) => o.line.page))];
  const where = pages.length === 1 ? `on p. ${pages[0]}` : `on ${pages.length} of ${pageTotal} pages`;
  return {
    ruleId: 'ingest/furniture',
    severity: 'warning',
    file,
    reason: `print-${kind.replace(' ', '-')}: ${kind} '${shown}' ${where}; dropped`,
    actual: first.text,
    expected: '(dropped)',
  };
}
