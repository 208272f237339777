import type { Block } from '../../model/document.js';
import type { LineHint } from './formats/converted-source.js';
import { joinLines, type JoinedLine } from './join-lines.js';
import type { RepairLog, SourceLine } from './source-line.js';

/**
 * Drops the lines the file's structure marks as furniture (a <nav>, a share widget, a running
 * head), each logged with the reason. A line a person named in overrides.yaml is kept: the
 * person outranks the file.
 */
export function dropFurnitureLines(lines: readonly SourceLine[], hints: ReadonlyMap<number, LineHint>, keep: ReadonlySet<number>, log: RepairLog): SourceLine[] {
  const out: SourceLine[] = [];
  let dropped = false;
  for (const line of lines) {
    const hint = hints.get(line.no);
    // The blank line after a dropped one goes with it, so no run of blank lines is left behind.
    if (dropped && line.text.trim() === '') continue;
    dropped = hint?.kind === 'furniture' && !keep.has(line.no) && line.text.trim() !== '';
    if (dropped) log.repair('ingest/furniture', line.no, `dropped: ${hint!.why}`, line.text.trim(), '');
    else out.push(line);
  }
  return out;
}

/**
 * joinLines, except that a line with a hint is a block of its own: the file said where it starts
 * and ends (an <h2> is never the first half of the paragraph after it).
 */
export function joinLinesWithHints(lines: readonly SourceLine[], hints: ReadonlyMap<number, LineHint>, log: RepairLog): JoinedLine[] {
  if (hints.size === 0) return joinLines(lines, log);
  const out: JoinedLine[] = [];
  let run: SourceLine[] = [];
  for (const line of lines) {
    if (!hints.has(line.no)) {
      run.push(line);
      continue;
    }
    out.push(...joinLines(run, log));
    run = [];
    if (line.text.trim() !== '') out.push({ no: line.no, text: line.text.trim() });
  }
  out.push(...joinLines(run, log));
  return out;
}

/** A hint's kind outranks the classifier's guess; each change is logged with the hint's reason. */
export function applyBlockHints(blocks: Block[], hints: ReadonlyMap<number, LineHint>, log: RepairLog): void {
  for (const block of blocks) {
    const hint = hints.get(block.sourceLine);
    if (!hint || hint.kind === 'furniture') continue;
    const level = hint.kind === 'heading' ? (hint.level ?? block.level ?? 2) : undefined;
    if (block.type === hint.kind && block.level === level) continue;
    log.repair('ingest/structure-hint', block.sourceLine, `block role taken from the file's structure: ${hint.why}`, block.type, hint.kind);
    block.type = hint.kind;
    if (level !== undefined) block.level = level;
    else delete block.level;
    if (hint.kind !== 'heading') delete block.ordinal;
  }
}
