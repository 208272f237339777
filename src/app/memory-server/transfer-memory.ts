import type { MemoryEntry } from '../../model/memory-entry.js';
import { loadMemoryFile, type TranslationMemory } from '../../stores/memory-jsonl.js';
import { decideImport } from '../../stores/memory-merge.js';
import { updateMemory, updateMemoryFile } from '../../stores/update-memory.js';
import { requireMemoryServer } from './migrate-memory-server.js';

export interface TransferResult {
  added: number;
  updated: number;
  unchanged: number;
  /** One line per entry left as it was because the other side has different human English. */
  conflicts: string[];
}

/**
 * Copies entries into a memory with the import rule (decideImport, never replacing human English):
 * absent or machine English is taken whole (timestamps included, so a second run changes nothing),
 * identical English raises the state or adds report slugs, different human English is a conflict.
 */
export function transferEntries(from: readonly MemoryEntry[], into: TranslationMemory): TransferResult {
  const result: TransferResult = { added: 0, updated: 0, unchanged: 0, conflicts: [] };
  for (const entry of from) {
    const current = into.get(entry.key);
    const decision = decideImport(current, entry, 'never');
    if (typeof decision === 'object') {
      result.conflicts.push(`${entry.key}: kept ${current!.state} "${current!.target}", not ${entry.state} "${entry.target}"`);
      continue;
    }
    const incoming = decision === 'replace' ? entry : { ...current!, state: decision === 'raise-state' ? entry.state : current!.state, reports: entry.reports };
    const outcome = into.upsert(decision === 'keep' ? { ...incoming, updated: current!.updated } : incoming);
    if (outcome === 'added') result.added++;
    else if (outcome === 'updated') result.updated++;
    else result.unchanged++;
  }
  return result;
}

/** `duizhao memory push`: the git file's entries onto the server. */
export async function pushMemory(root: string): Promise<TransferResult> {
  requireMemoryServer(root);
  const local = (await loadMemoryFile(root)).entries();
  return updateMemory(root, (server) => transferEntries(local, server));
}

/** `duizhao memory pull`: the server's entries into the git file (a snapshot for publication, or the way back). */
export async function pullMemory(root: string): Promise<TransferResult> {
  const remote = await requireMemoryServer(root).loadEntries();
  return updateMemoryFile(root, (file) => transferEntries(remote, file));
}
