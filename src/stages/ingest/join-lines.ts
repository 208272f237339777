import { isContinuation, isCutBody, isTerminated, LONE_NUMBER, LONE_OPENER } from './line-shape.js';
import type { RepairLog, SourceLine } from './source-line.js';

/** A logical line after joins; `ordinalHint` is a lone number that followed it in the layout. */
export interface JoinedLine extends SourceLine {
  ordinalHint?: string;
}

/**
 * Undoes layout damage across lines: drops blank lines, moves a lone opening quote onto the
 * paragraph it opens, turns a lone number after a heading into that heading's ordinal, and
 * rejoins paragraphs the layout cut mid-sentence or mid-word (…对基 / 础设施…).
 */
export function joinLines(lines: readonly SourceLine[], log: RepairLog): JoinedLine[] {
  const out: JoinedLine[] = [];
  let pendingOpener: SourceLine | undefined;
  reportBlankRuns(lines, log);
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (line.hint) {
      // A line whose role is known (a caption, a byline, a heading from the file) is never joined.
      out.push({ no: line.no, text, hint: line.hint });
      continue;
    }
    if (LONE_OPENER.test(text)) {
      pendingOpener = { no: line.no, text };
      continue;
    }
    if (pendingOpener) {
      log.repair('ingest/lone-punctuation', pendingOpener.no, `opening mark on a line of its own joined to line ${line.no}`, pendingOpener.text, `${pendingOpener.text}${text.slice(0, 6)}…`);
      out.push({ no: line.no, text: pendingOpener.text + text });
      pendingOpener = undefined;
      continue;
    }
    const previous = out.at(-1);
    const lone = LONE_NUMBER.exec(text);
    if (lone && previous && !previous.hint && !isTerminated(previous.text)) {
      previous.ordinalHint = lone[1]!;
      log.repair('ingest/lone-number', line.no, `number on a line of its own taken as the ordinal of the heading on line ${previous.no}`, text, '');
      continue;
    }
    if (previous && !previous.hint && isCutBody(previous.text) && isContinuation(text)) {
      // A guess from the shape of two lines: listed as something to look at.
      log.repair('ingest/broken-paragraph', previous.no, `paragraph cut mid-sentence rejoined with line ${line.no}`, `…${previous.text.slice(-4)} ¶ ${text.slice(0, 4)}…`, `…${previous.text.slice(-4)}${text.slice(0, 4)}…`, 'warning');
      previous.text += text;
      continue;
    }
    out.push({ no: line.no, text });
  }
  warnTruncated(out, log);
  return out;
}

function reportBlankRuns(lines: readonly SourceLine[], log: RepairLog): void {
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i < lines.length && lines[i]!.text.trim() === '';
    if (blank && runStart < 0) runStart = i;
    if (!blank && runStart >= 0) {
      const count = i - runStart;
      const spaces = lines.slice(runStart, i).some((l) => l.text.length > 0);
      if (count > 1 || spaces) {
        log.repair('ingest/blank-lines', lines[runStart]!.no, `${count} blank line${count > 1 ? 's' : ''}${spaces ? ' (some holding only spaces)' : ''} collapsed`, `${count}×¶`, '¶');
      }
      runStart = -1;
    }
  }
}

function warnTruncated(lines: readonly JoinedLine[], log: RepairLog): void {
  for (const line of lines) {
    if (isCutBody(line.text) && [...line.text].length > 40) {
      log.warn('ingest/truncated-paragraph', line.no, `paragraph ends mid-sentence (…${line.text.slice(-8)}) and nothing continues it`, 'If text is missing, supply it in overrides.yaml.');
    }
  }
}
