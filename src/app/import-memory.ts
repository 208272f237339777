import { isHumanState, type Origin, type UnitState } from '../model/unit.js';
import { segmentKey } from '../stages/segment/segment-key.js';
import { loadMemory } from '../stores/memory-jsonl.js';
import { readImportFile } from '../stores/memory-import-file.js';

export interface ImportMemoryOptions {
  state: UnitState;
  origin: Origin;
  /** Report slug the pairs belong to, recorded on each entry. */
  report?: string;
  dryRun?: boolean;
}

export interface ImportMemoryResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Pairs not imported, each with the reason (a human translation in the way, empty English). */
  skipped: string[];
}

/**
 * Imports pairs into the memory under their normalised key. An import never replaces a human
 * translation that says something else: that is a conflict for a person, listed, not overwritten.
 * Reads JSONL, CSV, TMX and XLIFF (see readImportFile); fields the file carries win over the options.
 */
export async function importMemory(root: string, file: string, options: ImportMemoryOptions): Promise<ImportMemoryResult> {
  const pairs = await readImportFile(file);
  const memory = await loadMemory(root);
  const result: ImportMemoryResult = { added: 0, updated: 0, unchanged: 0, skipped: [] };
  for (const pair of pairs) {
    // Fields the file carries (duizhao's own TMX, CSV and JSONL exports) win over the options.
    const fields = pair.entry ?? {};
    const state = fields.state ?? options.state;
    const origin = fields.origin ?? options.origin;
    if (!pair.zh.trim() || (!pair.en.trim() && state !== 'empty')) {
      result.skipped.push(`${pair.at}: empty Chinese or English.`);
      continue;
    }
    const key = fields.key ?? segmentKey(pair.zh);
    const current = memory.get(key);
    if (current && isHumanState(current.state) && current.target !== pair.en && current.origin !== origin) {
      result.skipped.push(`${pair.at}: the memory already has a ${current.state} translation from ${current.origin}; not replaced.`);
      continue;
    }
    const outcome = memory.upsert({
      key, source: current?.source ?? pair.zh, target: pair.en, state, origin,
      reports: [...(fields.reports ?? []), ...(options.report ? [options.report] : [])],
      ...(fields.created ? { created: fields.created } : {}), ...(fields.updated ? { updated: fields.updated } : {}),
      ...(pair.note ? { note: pair.note } : {}), ...(fields.flags?.length ? { flags: fields.flags } : {}),
      ...(fields.footnote ? { footnote: fields.footnote } : {}),
    });
    if (outcome === 'refused') result.skipped.push(`${pair.at}: a higher-state translation is already in the memory.`);
    else result[outcome] += 1;
  }
  if (!options.dryRun) await memory.save();
  return result;
}
