import type { Origin, UnitState } from '../model/unit.js';
import { segmentKey } from '../stages/segment/segment-key.js';
import type { TranslationMemory } from '../stores/memory-jsonl.js';
import { updateMemory } from '../stores/update-memory.js';
import { decideImport, type ImportDecision } from '../stores/memory-merge.js';
import { readImportFile, type ImportedPair } from '../stores/memory-import-file.js';
import { formatImportConflict } from './import-conflict.js';

export interface ImportMemoryOptions {
  state: UnitState;
  origin: Origin;
  /** Report slug the pairs belong to, recorded on each entry. */
  report?: string;
  dryRun?: boolean;
  /**
   * Let different English replace translated or reviewed English (never at a lower state, and
   * never approved English: that is changed one segment at a time, in the edition or review page).
   */
  overwrite?: boolean;
}

export interface ImportMemoryResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Pairs not taken because the memory has other human English: both texts, file:line. */
  conflicts: string[];
  /** Pairs not imported because they are empty. */
  skipped: string[];
}

type PairOutcome = 'added' | 'updated' | 'unchanged' | { conflict: string } | { skipped: string };

/**
 * Imports pairs into the memory under the key derived from their Chinese (a file's `key` field is
 * never trusted). Identical English changes nothing; different human English is a conflict unless
 * `overwrite` (see decideImport). Reads JSONL, CSV, TMX and XLIFF (see readImportFile); the
 * state and origin the file carries win over the options.
 */
export async function importMemory(root: string, file: string, options: ImportMemoryOptions): Promise<ImportMemoryResult> {
  const pairs = await readImportFile(file);
  // Decided under the lock against the file as it is now: English a reviewer saved a moment ago is
  // a conflict, never replaced by a decision taken on an older read.
  return updateMemory(root, (memory) => {
    const result: ImportMemoryResult = { added: 0, updated: 0, unchanged: 0, conflicts: [], skipped: [] };
    for (const pair of pairs) {
      const outcome = importPair(memory, pair, options);
      if (typeof outcome === 'string') result[outcome] += 1;
      else if ('conflict' in outcome) result.conflicts.push(outcome.conflict);
      else result.skipped.push(outcome.skipped);
    }
    return result;
  }, { commit: () => !options.dryRun });
}

function importPair(memory: TranslationMemory, pair: ImportedPair, options: ImportMemoryOptions): PairOutcome {
  const fields = pair.entry ?? {};
  const state = fields.state ?? options.state;
  const origin = fields.origin ?? options.origin;
  if (!pair.zh.trim() || (!pair.en.trim() && state !== 'empty')) return { skipped: `${pair.at}: empty Chinese or English.` };
  const key = segmentKey(pair.zh);
  const current = memory.get(key);
  const reports = [...(fields.reports ?? []), ...(options.report ? [options.report] : [])];
  const decision = decideImport(current, { target: pair.en, state }, options.overwrite ? 'unless-approved' : 'never');
  if (typeof decision === 'object') {
    return { conflict: formatImportConflict(pair.at, conflictReason(decision, current!.state, state), current!, { target: pair.en, state, origin }) };
  }
  if (decision === 'keep') return addReports(memory, key, reports) ? 'updated' : 'unchanged';
  if (decision === 'raise-state') {
    // Same English, higher state: the entry keeps its origin, note and flags; only the state moves.
    const { created: _created, updated: _updated, ...kept } = current!;
    memory.upsert({ ...kept, state, reports });
    return 'updated';
  }
  const outcome = memory.upsert({
    key, source: current?.source ?? pair.zh, target: pair.en, state, origin, reports,
    ...(fields.created ? { created: fields.created } : {}), ...(fields.updated ? { updated: fields.updated } : {}),
    ...(pair.note ? { note: pair.note } : {}), ...(fields.flags?.length ? { flags: fields.flags } : {}),
    ...(fields.footnote ? { footnote: fields.footnote } : {}),
  });
  return outcome === 'refused' ? { conflict: `${pair.at}: a higher-state translation is already in the memory; not replaced.` } : outcome;
}

function conflictReason(decision: Exclude<ImportDecision, string>, stored: UnitState, incoming: UnitState): string {
  switch (decision.conflict) {
    case 'lower': return `the memory has ${stored} English and this one is only ${incoming}; not replaced.`;
    case 'approved': return 'the memory has approved English; an import never replaces approved English, even with --overwrite. Change it in the bilingual edition (duizhao sync) or the review page.';
    default: return `the memory has different ${stored} English; not replaced. Pass --overwrite to replace it.`;
  }
}

/** Records the reports on an entry; true when that added one. */
function addReports(memory: TranslationMemory, key: string, reports: readonly string[]): boolean {
  const before = memory.get(key)?.reports.length ?? 0;
  for (const report of reports) memory.addReport(key, report);
  return (memory.get(key)?.reports.length ?? 0) > before;
}
