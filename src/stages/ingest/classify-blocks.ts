import type { Block } from '../../model/document.js';
import type { JoinedLine } from './join-lines.js';
import { DATELINE, hasHeadingPattern, isBodyLine, isBylineText, ORDINAL_HEADING } from './line-shape.js';

/**
 * Gives each logical line a structural role. Body text is easy; short lines are headings,
 * captions or bylines, told apart by their shape and by what follows them: a short line or a
 * pair of short lines leading into body text is a heading (a kicker and its headline), longer
 * runs of short lines are photo captions, and short lines after the last paragraph are captions.
 * A person corrects what this gets wrong in overrides.yaml (`blocks:`).
 */
export function classifyBlocks(lines: readonly JoinedLine[]): Block[] {
  const blocks: Block[] = [];
  const lastBody = findLastIndex(lines, (l) => isBodyLine(l.text));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const text = line.text;
    const previous = blocks.at(-1);
    if (isBodyLine(text)) blocks.push({ type: 'paragraph', text, sourceLine: line.no });
    else if (DATELINE.test(text)) blocks.push({ type: 'dateline', text, sourceLine: line.no });
    else if (text.startsWith('——') && blocks.length <= 2) blocks.push({ type: 'subtitle', text, sourceLine: line.no });
    else if (blocks.every((b) => b.type === 'dateline') && !isBylineText(text)) blocks.push({ type: 'title', text, level: 1, sourceLine: line.no });
    else if (isBylineText(text)) blocks.push({ type: 'byline', text, sourceLine: line.no });
    else if (line.ordinalHint !== undefined || ORDINAL_HEADING.test(text)) blocks.push(ordinalHeading(line));
    else if (previous?.type === 'heading' && previous.ordinal !== undefined && !hasHeadingPattern(text)) {
      blocks.push({ type: 'paragraph', text, sourceLine: line.no });
    } else if (hasHeadingPattern(text)) blocks.push({ type: 'heading', text, level: 2, sourceLine: line.no });
    else {
      const run = shortRun(lines, i);
      blocks.push(...classifyRun(lines.slice(i, i + run), i + run > lastBody));
      i += run;
      continue;
    }
    i++;
  }
  return blocks;
}

function ordinalHeading(line: JoinedLine): Block {
  const inline = ORDINAL_HEADING.exec(line.text);
  if (inline && line.ordinalHint === undefined) {
    return { type: 'heading', text: inline[2]!, level: 3, ordinal: inline[1]!, sourceLine: line.no };
  }
  return { type: 'heading', text: line.text, level: 3, ordinal: line.ordinalHint!, sourceLine: line.no };
}

/** Length of the run of plain short lines starting at `start`. */
function shortRun(lines: readonly JoinedLine[], start: number): number {
  let end = start;
  while (end < lines.length) {
    const line = lines[end]!;
    const plain = !isBodyLine(line.text) && !isBylineText(line.text) && !hasHeadingPattern(line.text)
      && line.ordinalHint === undefined && !ORDINAL_HEADING.test(line.text) && !DATELINE.test(line.text);
    if (!plain) break;
    end++;
  }
  return Math.max(1, end - start);
}

function classifyRun(run: readonly JoinedLine[], afterLastBody: boolean): Block[] {
  if (afterLastBody || run.length > 2) return run.map((l) => ({ type: 'caption', text: l.text, sourceLine: l.no }));
  // One line: a heading; two lines: a kicker and its headline.
  return run.map((l, k) => ({ type: 'heading', text: l.text, level: k === 0 ? 2 : 3, sourceLine: l.no }));
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
