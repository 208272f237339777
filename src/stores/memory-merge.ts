import type { MemoryEntry } from '../model/memory-entry.js';
import { isHumanState, stateRank, wouldDowngrade, type UnitState } from '../model/unit.js';

export type UpsertOutcome = 'added' | 'updated' | 'unchanged' | 'refused';

type Incoming = Omit<MemoryEntry, 'created' | 'updated'> & Partial<Pick<MemoryEntry, 'created' | 'updated'>>;

/**
 * The one rule for changing an entry: a lower state never replaces a human state, so a machine
 * draft cannot overwrite a person's translation; equal or higher states replace the target.
 * Reports are merged; `created` is kept; `updated` moves only when something changed. A write
 * that carries no `footnote` (sync, imports, machine drafts know nothing of them) keeps the
 * translator's note already there: a reader-facing note is removed only by writing an empty one.
 */
export function mergeEntry(current: MemoryEntry | undefined, incoming: Incoming, now: string): { outcome: UpsertOutcome; entry: MemoryEntry } {
  if (!current) {
    // Most new entries name no report or one: no Set and no sort to make then.
    const reports = incoming.reports.length < 2 ? [...incoming.reports] : [...new Set(incoming.reports)].sort();
    return { outcome: 'added', entry: { ...incoming, reports, created: incoming.created ?? now, updated: incoming.updated ?? now } };
  }
  if (wouldDowngrade(current.state, incoming.state)) {
    return { outcome: 'refused', entry: current };
  }
  const reports = [...new Set([...current.reports, ...incoming.reports])].sort();
  const same = current.target === incoming.target && current.state === incoming.state && current.origin === incoming.origin
    && current.note === incoming.note && (incoming.footnote === undefined || incoming.footnote === current.footnote)
    && JSON.stringify(current.flags ?? []) === JSON.stringify(incoming.flags ?? []);
  if (same) {
    const changedReports = reports.length !== current.reports.length;
    return { outcome: changedReports ? 'updated' : 'unchanged', entry: changedReports ? { ...current, reports } : current };
  }
  const entry: MemoryEntry = { ...current, ...incoming, reports, created: current.created, updated: incoming.updated ?? now };
  if (incoming.note === undefined) delete entry.note;
  if (incoming.footnote === undefined && current.footnote !== undefined) entry.footnote = current.footnote;
  if (!entry.footnote) delete entry.footnote;
  if (incoming.flags === undefined || incoming.flags.length === 0) delete entry.flags;
  return { outcome: 'updated', entry };
}

/**
 * An entry a save writes, applied on top of the entry on disk (what another command may have
 * written since this one read it): the merge rule with the saved entry's own time, and the
 * reports of both.
 */
export function mergeSaved(current: MemoryEntry | undefined, saved: MemoryEntry): MemoryEntry {
  if (!current) return saved;
  const { entry: merged } = mergeEntry(current, saved, saved.updated);
  return { ...merged, reports: [...new Set([...current.reports, ...saved.reports])].sort() };
}

/** How far an import may go against different English at a human state. */
export type ReplaceHuman = 'never' | 'unless-approved' | 'always';

/** What an import does with one incoming translation; a conflict says why it was not taken. */
export type ImportDecision = 'keep' | 'raise-state' | 'replace' | { conflict: 'different' | 'lower' | 'approved' };

/**
 * The rule for imports (memory import, xliff import), on top of mergeEntry: identical English is
 * kept as it is (origin, timestamps, note and flags untouched) unless the file raises its state;
 * machine English may be replaced; different human English is replaced only as far as the caller
 * allows, and never by a lower state (wouldDowngrade).
 */
export function decideImport(current: MemoryEntry | undefined, incoming: { target: string; state: UnitState }, replace: ReplaceHuman): ImportDecision {
  if (!current || (!current.target && !isHumanState(current.state))) return 'replace';
  if (current.target === incoming.target) return stateRank(incoming.state) > stateRank(current.state) ? 'raise-state' : 'keep';
  if (!isHumanState(current.state)) return 'replace';
  if (wouldDowngrade(current.state, incoming.state)) return { conflict: 'lower' };
  if (replace !== 'always' && current.state === 'approved') return { conflict: 'approved' };
  if (replace === 'never') return { conflict: 'different' };
  return 'replace';
}
