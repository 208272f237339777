import type { LineHint } from '../converted-source.js';
import type { PdfBlock } from './group-paragraphs.js';

const LARGER = 1.1;
const TITLE = 1.3;

/**
 * Titles and headings by type size. The title is the block in the largest type at the top of the
 * first page, before any body text, when that type is clearly larger than the body; every other
 * block set larger than the body is a heading, one level per size (largest: level 2).
 */
export function headingHints(blocks: readonly PdfBlock[], bodySize: number): Map<PdfBlock, LineHint> {
  const hints = new Map<PdfBlock, LineHint>();
  const larger = blocks.filter((b) => b.size >= bodySize * LARGER && [...b.text].length <= 60);
  if (larger.length === 0) return hints;
  const largest = Math.max(...larger.map((b) => b.size));
  const firstBody = blocks.findIndex((b) => b.size < bodySize * LARGER);
  const title = blocks.find((b, i) => b.size === largest && b.size >= bodySize * TITLE && b.page === 1 && (firstBody < 0 || i < firstBody));
  const headingSizes = [...new Set(larger.filter((b) => b !== title).map((b) => b.size))].sort((a, b) => b - a);
  for (const block of larger) {
    const why = `set in ${block.size} pt type, body text ${bodySize} pt`;
    if (block === title) hints.set(block, { kind: 'title', level: 1, why: `${why}, at the top of p. 1` });
    else hints.set(block, { kind: 'heading', level: Math.min(6, 2 + headingSizes.indexOf(block.size)), why });
  }
  return hints;
}
