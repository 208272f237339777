import type { Origin, UnitState } from '../model/unit.js';
import { updateMemory } from '../stores/update-memory.js';
import { openImportFile } from '../stores/memory-import-file.js';
import { importPair } from './import-pair.js';

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

/**
 * Imports pairs into the memory under the key derived from their Chinese (a file's `key` field is
 * never trusted). Identical English changes nothing; different human English is a conflict unless
 * `overwrite` (see decideImport). Reads JSONL, CSV, TMX and XLIFF (see openImportFile); the
 * state and origin the file carries win over the options.
 */
export async function importMemory(root: string, file: string, options: ImportMemoryOptions): Promise<ImportMemoryResult> {
  // Checked (size, UTF-8) before the lock; read and parsed pair by pair under it, each applied as it comes.
  const pairs = await openImportFile(file);
  // Decided under the lock against the file as it is now: English a reviewer saved a moment ago is
  // a conflict, never replaced by a decision taken on an older read. An invalid line throws after
  // the last pair, before anything is written.
  return updateMemory(root, async (memory) => {
    const result: ImportMemoryResult = { added: 0, updated: 0, unchanged: 0, conflicts: [], skipped: [] };
    await pairs.forEach((pair) => {
      const outcome = importPair(memory, pair, options);
      if (typeof outcome === 'string') result[outcome] += 1;
      else if ('conflict' in outcome) result.conflicts.push(outcome.conflict);
      else result.skipped.push(outcome.skipped);
    });
    return result;
  }, { commit: () => !options.dryRun });
}
