import type { MemoryEntry } from '../model/memory-entry.js';
import { segmentKey } from '../text/segment-key.js';
import { loadMemory } from '../stores/memory-jsonl.js';
import { formatCsv } from '../stores/csv.js';
import { exportTmx } from '../stores/tmx.js';

export const MEMORY_FORMATS = ['tmx', 'csv', 'jsonl'] as const;
export type MemoryFormat = (typeof MEMORY_FORMATS)[number];

export interface ExportMemoryResult {
  text: string;
  entries: number;
}

/**
 * The whole memory in an exchange format, entries sorted by key. Every format carries all of an
 * entry's fields (the key only where it is not the source's normalised form), so
 * `duizhao memory import` of the file into an empty project gives back identical entries.
 */
export async function exportMemory(root: string, format: MemoryFormat): Promise<ExportMemoryResult> {
  const entries = (await loadMemory(root)).entries();
  const text = format === 'tmx' ? exportTmx(entries) : format === 'csv' ? memoryCsv(entries) : memoryJsonl(entries);
  return { text, entries: entries.length };
}

/** Only a key that normalising the source would not give back needs to travel. */
function odd(entry: MemoryEntry): string | undefined {
  return entry.key === segmentKey(entry.source) ? undefined : entry.key;
}

/** `{"zh","en",…}` per line: the form `duizhao memory import` reads, with the memory's fields. */
export function memoryJsonl(entries: readonly MemoryEntry[]): string {
  return entries
    .map((e) => JSON.stringify({
      zh: e.source, en: e.target, state: e.state, origin: e.origin, reports: e.reports, created: e.created, updated: e.updated,
      note: e.note, flags: e.flags?.length ? e.flags : undefined, key: odd(e),
    }))
    .map((line) => `${line}\n`)
    .join('');
}

const CSV_COLUMNS = ['zh', 'en', 'state', 'origin', 'reports', 'created', 'updated', 'note', 'flags', 'key'] as const;

/** RFC 4180 CSV with a header; reports space-separated, flags one per line within the cell. */
export function memoryCsv(entries: readonly MemoryEntry[]): string {
  const rows = entries.map((e) => [
    e.source, e.target, e.state, e.origin, e.reports.join(' '), e.created, e.updated, e.note ?? '', (e.flags ?? []).join('\n'), odd(e) ?? '',
  ]);
  return formatCsv([[...CSV_COLUMNS], ...rows]);
}
