import type { Block } from '../../model/document.js';
import type { JoinedLine } from './join-lines.js';
import {
  chineseOrdinalLevel, DATELINE, endsSentence, hasHeadingPattern, isAuthorList, isBodyLine, isBylineText, ORDINAL_HEADING,
} from './line-shape.js';
import type { RepairLog } from './source-line.js';

/**
 * Gives each logical line a structural role. A hint (from the file's structure or a furniture
 * recogniser) outranks every guess; the title is chosen beforehand by evidence (choose-title.ts).
 * Body text is easy; a short line that ends a sentence is a short paragraph; other short lines are
 * headings, captions or bylines, told apart by their shape and by what follows them: a short line
 * or a pair leading into body text is a heading (a kicker and its headline), longer runs of short
 * lines are photo captions, and short lines after the last paragraph are captions. The caption
 * guesses are logged as something to look at. overrides.yaml (`blocks:`) corrects the rest.
 */
export function classifyBlocks(lines: readonly JoinedLine[], titleIndex: number, log: RepairLog): Block[] {
  const blocks: Block[] = [];
  const lastBody = findLastIndex(lines, (l) => isBody(l));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const single = i === titleIndex ? { type: 'title' as const, text: line.text, level: 1, sourceLine: line.no } : classifyLine(line, blocks) ?? kicker(line, i, titleIndex);
    if (single) {
      blocks.push(single);
      i++;
      continue;
    }
    const run = shortRun(lines, i, titleIndex);
    blocks.push(...classifyRun(lines.slice(i, i + run), i + run > lastBody, log));
    i += run;
  }
  deepenDigitHeadings(blocks);
  return blocks;
}

function isBody(line: JoinedLine): boolean {
  return line.hint ? line.hint.kind === 'paragraph' : isBodyLine(line.text);
}

/** The role of a line that its own shape settles, or undefined for a plain short line. */
function classifyLine(line: JoinedLine, blocks: readonly Block[]): Block | undefined {
  const { text, no: sourceLine } = line;
  if (line.hint && line.hint.kind !== 'furniture') {
    const level = line.hint.kind === 'heading' ? { level: line.hint.level ?? 2 } : {};
    return { type: line.hint.kind, text, sourceLine, ...level };
  }
  // An affiliation in parentheses under the authors belongs to the byline.
  if (blocks.at(-1)?.type === 'byline' && /^[（(][^。（）()]{2,40}[）)]$/u.test(text)) return { type: 'byline', text, sourceLine };
  if (isBodyLine(text)) return { type: 'paragraph', text, sourceLine };
  if (DATELINE.test(text)) return { type: 'dateline', text, sourceLine };
  if (text.startsWith('——') && blocks.length <= 2) return { type: 'subtitle', text, sourceLine };
  if (isBylineText(text) || isAuthorList(text)) return { type: 'byline', text, sourceLine };
  const level = chineseOrdinalLevel(text);
  if (level !== undefined) return { type: 'heading', text, level, sourceLine };
  if (line.ordinalHint !== undefined || ORDINAL_HEADING.test(text)) return ordinalHeading(line);
  // A one-sentence paragraph is not a heading because it is short.
  if (endsSentence(text)) return { type: 'paragraph', text, sourceLine };
  const previous = blocks.at(-1);
  if (previous?.type === 'heading' && previous.ordinal !== undefined && !hasHeadingPattern(text)) return { type: 'paragraph', text, sourceLine };
  if (hasHeadingPattern(text)) return { type: 'heading', text, level: 2, sourceLine };
  return undefined;
}

/** A plain short line above the title is its kicker (引题), shown as a subtitle. */
function kicker(line: JoinedLine, index: number, titleIndex: number): Block | undefined {
  return index < titleIndex ? { type: 'subtitle', text: line.text, sourceLine: line.no } : undefined;
}

/** Under （一） sections, 1. headings are one level deeper. */
export function deepenDigitHeadings(blocks: Block[]): void {
  if (!blocks.some((b) => b.type === 'heading' && b.level === 3 && b.ordinal === undefined && chineseOrdinalLevel(b.text) === 3)) return;
  for (const block of blocks) if (block.type === 'heading' && block.ordinal !== undefined) block.level = 4;
}

function ordinalHeading(line: JoinedLine): Block {
  const inline = ORDINAL_HEADING.exec(line.text);
  if (inline && line.ordinalHint === undefined) {
    return { type: 'heading', text: inline[2]!, level: 3, ordinal: inline[1]!, sourceLine: line.no };
  }
  return { type: 'heading', text: line.text, level: 3, ordinal: line.ordinalHint!, sourceLine: line.no };
}

/** Length of the run of plain short lines starting at `start`. */
function shortRun(lines: readonly JoinedLine[], start: number, titleIndex: number): number {
  let end = start;
  while (end < lines.length && end !== titleIndex && classifyLine(lines[end]!, []) === undefined) end++;
  return Math.max(1, end - start);
}

function classifyRun(run: readonly JoinedLine[], afterLastBody: boolean, log: RepairLog): Block[] {
  if (afterLastBody || run.length > 2) {
    const why = afterLastBody ? 'after the last paragraph' : `a run of ${run.length} short lines`;
    log.warn('ingest/caption-guess', run[0]!.no, `${run.length} short line${run.length > 1 ? 's' : ''} taken as photo caption${run.length > 1 ? 's' : ''} (${why}; no credit to confirm it)`, 'If they are headings or paragraphs, set their kind in overrides.yaml.');
    return run.map((l) => ({ type: 'caption', text: l.text, sourceLine: l.no }));
  }
  // One line: a heading; two lines: a kicker and its headline.
  return run.map((l, k) => ({ type: 'heading', text: l.text, level: k === 0 ? 2 : 3, sourceLine: l.no }));
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
