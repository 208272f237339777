import { basename } from 'node:path';
import { InputError } from '../../../errors.js';
import type { Diagnostic } from '../../../model/diagnostic.js';
import { detectScript } from '../../../text/script.js';
import type { ConvertedSource, LineHint } from './converted-source.js';
import { foldRadicals } from './pdf/fold-radicals.js';
import { groupLines, type PdfLine } from './pdf/group-lines.js';
import { groupParagraphs, type PdfBlock } from './pdf/group-paragraphs.js';
import { headingHints } from './pdf/heading-hints.js';
import { orderColumns } from './pdf/order-columns.js';
import { dropPageFurniture } from './pdf/page-furniture.js';
import { readPdfPages, type PdfPage } from './pdf/read-pdf-pages.js';

/**
 * A PDF with a text layer → one block per line of text: lines grouped by position into
 * paragraphs, running heads and page numbers dropped (found by repetition across pages), a
 * paragraph the page break cut joined again, titles and headings hinted by their type size.
 * `file` is the project-relative path of source.pdf, used in messages. A PDF without text (a
 * scan) is refused: duizhao does not do OCR.
 */
export async function convertPdf(bytes: Uint8Array, file: string): Promise<ConvertedSource> {
  const pages = await readPdfPages(bytes, file);
  const lines = pages.map(groupLines);
  const script = detectScript(lines.flat().map((l) => l.text).join(''));
  const folded = foldLines(lines, script, file);
  const furniture = dropPageFurniture(lines, file);
  const body = furniture.pages.flat();
  if (body.length === 0) throw noTextLayer(file, pages);
  const diagnostics: Diagnostic[] = [...emptyPages(pages, file), ...furniture.diagnostics, ...folded];
  const bodySize = commonestSize(body);
  const blocks = groupParagraphs(furniture.pages.map(orderColumns), bodySize);
  const name = basename(file);
  const hints = new Map<number, LineHint>();
  const origins = new Map<number, string>();
  const blockHints = headingHints(blocks, bodySize);
  blocks.forEach((block, i) => {
    const line = 2 * i + 1;
    const last = block.lines.at(-1)!.page;
    origins.set(line, last === block.page ? `${name} p. ${block.page}` : `${name} p. ${block.page}–${last}`);
    const hint = blockHints.get(block);
    if (hint) hints.set(line, hint);
    if (block.continuedOn !== undefined) diagnostics.push(pageBreakJoin(file, line, block));
  });
  const text = `${blocks.map((b) => b.text).join('\n\n')}\n`;
  return { format: 'pdf', text, hints, origins, encoding: 'binary', diagnostics };
}

function noTextLayer(file: string, pages: readonly PdfPage[]): InputError {
  const images = pages.reduce((n, p) => n + p.images, 0);
  const what = `${pages.length} page${pages.length === 1 ? '' : 's'}${images > 0 ? ` with ${images} image${images === 1 ? '' : 's'}` : ''} and no text`;
  return new InputError('input/pdf-no-text', `${file} has no text layer (a scanned image?) — duizhao does not do OCR (${what}).`, {
    hint: 'Run OCR first (e.g. ocrmypdf -l chi_sim source.pdf with-text.pdf) and add the PDF it writes, or add the text as a .txt file.',
  });
}

/** A page without text among pages with text: a scanned page whose text will be missing. */
function emptyPages(pages: readonly PdfPage[], file: string): Diagnostic[] {
  return pages
    .filter((p) => p.runs.every((r) => r.text.trim() === ''))
    .map((p) => ({
      ruleId: 'ingest/pdf-page-without-text',
      severity: 'warning' as const,
      file,
      reason: `p. ${p.number} has no text${p.images > 0 ? ' but an image (a scanned page?)' : ''}; whatever it shows is missing from the extracted text`,
      hint: 'If the page holds text, run OCR on the PDF first (e.g. ocrmypdf) and add it again, or add the text in overrides.yaml.',
    }));
}

/** The type size that sets the most characters: the body text. */
function commonestSize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + [...line.text].length);
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function pageBreakJoin(file: string, line: number, block: PdfBlock): Diagnostic {
  const k = block.lines.findIndex((l) => l.page === block.continuedOn);
  const tail = block.lines[k - 1]!.text.slice(-6);
  const head = block.lines[k]!.text.slice(0, 6);
  return {
    ruleId: 'ingest/page-break-join',
    severity: 'warning',
    file,
    line,
    reason: `paragraph runs on from p. ${block.page} to p. ${block.continuedOn} (the next page starts without an indent); joined`,
    actual: `…${tail} ¶ ${head}…`,
    expected: `…${tail}${head}…`,
  };
}

/** Folds radical look-alikes in every line (in place), noted once for the document. */
function foldLines(pages: readonly PdfLine[][], script: 'Hans' | 'Hant', file: string): Diagnostic[] {
  let count = 0;
  let example: string | undefined;
  for (const line of pages.flat()) {
    const result = foldRadicals(line.text, script);
    line.text = result.text;
    count += result.count;
    example ??= result.example;
  }
  if (count === 0) return [];
  return [{
    ruleId: 'ingest/pdf-radical-lookalike',
    severity: 'info',
    file,
    reason: `${count} look-alike character${count === 1 ? '' : 's'} (Kangxi radicals, compatibility ideographs) from the PDF's font mapping replaced by the characters they stand for (${example})`,
  }];
}
