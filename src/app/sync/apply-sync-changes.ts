import type { MemoryEntry } from '../../model/memory-entry.js';
import type { TranslationMemory } from '../../stores/memory-jsonl.js';
import type { SyncChange } from './decide-segment.js';
import { clip, type SyncConflict } from './sync-conflict.js';

/** What a memory entry held when sync planned its changes: target, state and translator's note (none when absent). */
export type PlannedEntry = { target: string; state: string; footnote: string } | undefined;

export function plannedEntry(entry: MemoryEntry | undefined): PlannedEntry {
  return entry ? { target: entry.target, state: entry.state, footnote: entry.footnote ?? '' } : undefined;
}

/**
 * Applies sync's changes to the memory as it is now on disk (the caller holds the lock). All or
 * nothing: an entry that another writer (the review page, another sync) changed since sync read it
 * is a conflict, and so is a change the memory refuses; with any conflict the caller writes nothing.
 */
export function applySyncChanges(memory: TranslationMemory, changes: readonly SyncChange[], planned: ReadonlyMap<string, PlannedEntry>): SyncConflict[] {
  const stale = changes.flatMap((change) => {
    const now = plannedEntry(memory.get(change.key));
    const then = planned.get(change.key);
    if (now?.target === then?.target && now?.state === then?.state && now?.footnote === then?.footnote) return [];
    const what = now ? `${now.state}: "${clip(now.target, 40)}"` : 'no entry';
    return [{ file: change.file, line: change.line, id: change.id, what: `was changed in the memory while sync ran (it now has ${what}). Run duizhao sync again: it keeps that change and shows whether your edit conflicts with it.` }];
  });
  if (stale.length > 0) return stale;
  const refused: SyncConflict[] = [];
  for (const change of changes) {
    const existing = memory.get(change.key);
    const keepFlags = change.to.state === 'translated' && !change.englishChanged && existing?.flags?.length;
    const outcome = memory.upsert({
      key: change.key,
      source: existing?.source ?? change.source,
      target: change.to.english,
      state: change.to.state,
      origin: change.to.origin,
      reports: [change.report],
      ...(existing?.note !== undefined ? { note: existing.note } : {}),
      ...(keepFlags ? { flags: existing?.flags } : {}),
      ...(change.footnote !== undefined ? { footnote: change.footnote } : {}),
    });
    if (outcome === 'refused') refused.push({ file: change.file, line: change.line, id: change.id, what: `the memory refused to replace ${existing?.state ?? 'its entry'} with ${change.to.state}.` });
  }
  return refused;
}
