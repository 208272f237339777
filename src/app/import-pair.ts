import type { Origin, UnitState } from '../model/unit.js';
import { segmentKey } from '../text/segment-key.js';
import { NO_REPORTS, type MemoryEntry } from '../model/memory-entry.js';
import type { ImportedPair, PairFields } from '../stores/memory-import-file.js';
import type { TranslationMemory } from '../stores/memory-jsonl.js';
import { decideImport, type ImportDecision } from '../stores/memory-merge.js';
import { formatImportConflict } from './import-conflict.js';

export interface ImportPairOptions {
  /** State and origin for pairs whose file does not say (the pair's own fields win). */
  state: UnitState;
  origin: Origin;
  /** Report slug recorded on the entry. */
  report?: string | undefined;
  /** Let different translated or reviewed English be replaced (see decideImport). */
  overwrite?: boolean | undefined;
  /** How to replace English that is kept as a conflict (default: pass --overwrite). */
  replaceHint?: string;
}


export type PairOutcome = 'added' | 'updated' | 'unchanged' | { conflict: string } | { skipped: string };

/**
 * Imports one pair into the memory under the key of its Chinese, by decideImport: identical English
 * changes nothing (or only raises the state), different human English is a conflict printed with
 * both texts. `memory import` and `align --into memory` both go through here.
 */
export function importPair(memory: TranslationMemory, pair: ImportedPair, options: ImportPairOptions): PairOutcome {
  const fields = pair.entry ?? {};
  const state = fields.state ?? options.state;
  const origin = fields.origin ?? options.origin;
  if (!pair.zh.trim() || (!pair.en.trim() && state !== 'empty')) return { skipped: `${pair.at}: empty Chinese or English.` };
  const derived = segmentKey(pair.zh);
  // Most Chinese is its own key: one string kept for both, not two equal ones (a million pairs).
  const key = derived === pair.zh ? pair.zh : derived;
  const current = memory.get(key);
  const reports = options.report ? [...(fields.reports ?? []), options.report] : (fields.reports ?? NO_REPORTS);
  if (!current) return memory.addNew(newEntry(memory, key, pair, fields, state, origin, reports));
  const decision = decideImport(current, { target: pair.en, state }, options.overwrite ? 'unless-approved' : 'never');
  if (typeof decision === 'object') {
    return { conflict: formatImportConflict(pair.at, conflictReason(decision, current.state, state, options.replaceHint ?? 'Pass --overwrite to replace it.'), current, { target: pair.en, state, origin }) };
  }
  if (decision === 'keep') return addReports(memory, key, reports) ? 'updated' : 'unchanged';
  if (decision === 'raise-state') {
    // Same English, higher state: the entry keeps its origin, note and flags; only the state moves.
    const { created: _created, updated: _updated, ...kept } = current;
    memory.upsert({ ...kept, state, reports });
    return 'updated';
  }
  // Optional fields set one by one, in this order, rather than spread in: a million pairs make a million entries.
  const incoming: Parameters<TranslationMemory['upsert']>[0] = { key, source: current.source, target: pair.en, state, origin, reports };
  if (fields.created) incoming.created = fields.created;
  if (fields.updated) incoming.updated = fields.updated;
  const outcome = memory.upsert(withOptionalFields(incoming, pair, fields));
  return outcome === 'refused' ? { conflict: `${pair.at}: a higher-state translation is already in the memory; not replaced.` } : outcome;
}

/**
 * The entry for a key the memory lacks, as upsert would add it (decideImport replaces nothing
 * there): built once with its fields in one order, not spread into a copy by mergeEntry.
 */
function newEntry(memory: TranslationMemory, key: string, pair: ImportedPair, fields: PairFields, state: UnitState, origin: Origin, reports: readonly string[]): MemoryEntry {
  const now = fields.created && fields.updated ? '' : memory.stamp();
  const own = reports.length === 0 ? NO_REPORTS : reports.length === 1 ? [...reports] : [...new Set(reports)].sort();
  const entry: MemoryEntry = { key, source: pair.zh, target: pair.en, state, origin, reports: own, created: fields.created || now, updated: fields.updated || now };
  return withOptionalFields(entry, pair, fields);
}

/** `entry` with the pair's note, flags and footnote where it has them, set in this order. */
function withOptionalFields<E extends Pick<MemoryEntry, 'note' | 'flags' | 'footnote'>>(entry: E, pair: ImportedPair, fields: PairFields): E {
  if (pair.note) entry.note = pair.note;
  if (fields.flags?.length) entry.flags = fields.flags;
  if (fields.footnote) entry.footnote = fields.footnote;
  return entry;
}

function conflictReason(decision: Exclude<ImportDecision, string>, stored: UnitState, incoming: UnitState, replaceHint: string): string {
  switch (decision.conflict) {
    case 'lower': return `the memory has ${stored} English and this one is only ${incoming}; not replaced.`;
    case 'approved': return 'the memory has approved English; an import never replaces approved English, even with --overwrite. Change it in the bilingual edition (duizhao sync) or the review page.';
    default: return `the memory has different ${stored} English; not replaced. ${replaceHint}`;
  }
}

/** Records the reports on an entry; true when that added one. */
function addReports(memory: TranslationMemory, key: string, reports: readonly string[]): boolean {
  if (reports.length === 0) return false; // most pairs: no three more lookups of the key
  const before = memory.get(key)?.reports.length ?? 0;
  for (const report of reports) memory.addReport(key, report);
  return (memory.get(key)?.reports.length ?? 0) > before;
}
