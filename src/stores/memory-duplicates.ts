import type { MemoryEntry } from '../model/memory-entry.js';
import { stateRank, wouldDowngrade } from '../model/unit.js';
import type { DuplicateKey, MemoryLine } from './memory-file.js';

export interface DuplicateResolution {
  entry: MemoryEntry;
  /** What was decided, for the report: which line was kept and why. */
  how: string;
}

/**
 * The one entry a duplicated key keeps, when that is mechanical or chosen: the line in `keep`;
 * else identical lines; else the same translation on every line (reports merged, first created,
 * last updated); else a human line every other line would downgrade (`wouldDowngrade`).
 * Undefined when a person has to choose. Reports are always merged: they record where the
 * segment occurs, whichever English is kept.
 */
export function resolveDuplicate(duplicate: DuplicateKey, keep: ReadonlySet<number>): DuplicateResolution | undefined {
  const lines = duplicate.lines;
  const reports = [...new Set(lines.flatMap((l) => l.entry.reports))].sort();
  const others = (kept: MemoryLine): string => lines.filter((l) => l !== kept).map((l) => `line ${l.line} [${l.entry.state}] ${JSON.stringify(l.entry.target)}`).join(', ');
  const chosen = lines.find((l) => keep.has(l.line));
  if (chosen) return { entry: { ...chosen.entry, reports }, how: `kept line ${chosen.line} as you chose; dropped ${others(chosen)}` };
  if (duplicate.identical) return { entry: lines[0]!.entry, how: `identical lines ${lines.map((l) => l.line).join(', ')} collapsed into one` };
  if (lines.every((l) => sameTranslation(l.entry, lines[0]!.entry))) {
    const latest = lines.reduce((a, b) => (b.entry.updated > a.entry.updated ? b : a));
    const created = lines.map((l) => l.entry.created).sort()[0]!;
    return { entry: { ...latest.entry, reports, created }, how: `lines ${lines.map((l) => l.line).join(', ')} hold the same translation; merged their reports` };
  }
  const best = lines.reduce((a, b) => (stateRank(b.entry.state) > stateRank(a.entry.state) ? b : a));
  if (lines.every((l) => l === best || wouldDowngrade(best.entry.state, l.entry.state))) {
    return { entry: { ...best.entry, reports }, how: `kept the ${best.entry.state} line ${best.line} over the lower ${others(best)}` };
  }
  return undefined;
}

function sameTranslation(a: MemoryEntry, b: MemoryEntry): boolean {
  return a.target === b.target && a.state === b.state && a.origin === b.origin && a.note === b.note
    && JSON.stringify(a.flags ?? []) === JSON.stringify(b.flags ?? []) && a.source === b.source;
}
