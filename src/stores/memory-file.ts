import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MemoryEntry } from '../model/memory-entry.js';
import { isUnitState } from '../model/unit.js';

export const MEMORY_FILE = 'translations/memory/memory.jsonl';

/** One entry as it stands in memory.jsonl. */
export interface MemoryLine {
  /** 1-based line number. */
  line: number;
  entry: MemoryEntry;
}

/** Two or more lines with the same key (a git merge of two branches does this). */
export interface DuplicateKey {
  key: string;
  lines: MemoryLine[];
  /** Every line holds the same entry (field order aside): collapsing them loses nothing. */
  identical: boolean;
}

/** memory.jsonl read line by line, problems kept as data so both loading and `memory doctor` use them. */
export interface MemoryFileScan {
  entries: MemoryLine[];
  /** Lines that are not a valid entry, with the reason. */
  bad: Array<{ line: number; reason: string }>;
  /** Lines holding git conflict markers (<<<<<<<, =======, >>>>>>>). */
  markers: number[];
  duplicates: DuplicateKey[];
}

const MARKER = /^(<{7}|={7}|>{7}|\|{7})(\s|$)/;

/** Reads memory.jsonl (BOM and CRLF accepted); undefined when there is none. */
export async function scanMemoryFile(root: string): Promise<MemoryFileScan | undefined> {
  const path = join(root, MEMORY_FILE);
  return existsSync(path) ? scanMemoryText(await readFile(path, 'utf8')) : undefined;
}

export function scanMemoryText(text: string): MemoryFileScan {
  const scan: MemoryFileScan = { entries: [], bad: [], markers: [], duplicates: [] };
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    if (MARKER.test(line)) return void scan.markers.push(i + 1);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return void scan.bad.push({ line: i + 1, reason: `not valid JSON (${(error as Error).message}).` });
    }
    const problem = checkEntry(value);
    if (problem) scan.bad.push({ line: i + 1, reason: problem });
    else scan.entries.push({ line: i + 1, entry: value as MemoryEntry });
  });
  scan.duplicates = findDuplicates(scan.entries);
  return scan;
}

function findDuplicates(lines: MemoryLine[]): DuplicateKey[] {
  const byKey = new Map<string, MemoryLine[]>();
  for (const line of lines) byKey.set(line.entry.key, [...(byKey.get(line.entry.key) ?? []), line]);
  return [...byKey.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]) => ({ key, lines: group, identical: new Set(group.map((l) => canonical(l.entry))).size === 1 }));
}

/** An entry as comparable text: fields sorted, so field order in the file does not matter. */
export function canonical(entry: MemoryEntry): string {
  return JSON.stringify(Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1))));
}

function checkEntry(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'an entry must be a JSON object.';
  const e = value as Record<string, unknown>;
  for (const field of ['key', 'source', 'target', 'origin', 'created', 'updated'] as const) {
    if (typeof e[field] !== 'string') return `"${field}" must be a string.`;
  }
  if (!isUnitState(e.state)) return `"state" must be one of empty, draft, translated, reviewed, approved.`;
  if (!Array.isArray(e.reports)) return '"reports" must be a list of report ids.';
  for (const field of ['note', 'footnote'] as const) {
    if (e[field] !== undefined && typeof e[field] !== 'string') return `"${field}" must be a string when present.`;
  }
  return undefined;
}

/** Temp files write-file-atomic leaves beside memory.jsonl when a write is killed (`memory.jsonl.<n>`). */
export async function orphanTempFiles(root: string): Promise<string[]> {
  const path = join(root, MEMORY_FILE);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const prefix = `${basename(path)}.`;
  return names.filter((n) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length))).sort().map((n) => join(dirname(path), n));
}

/** Deletes orphan temp files; call only while holding the memory lock (no write is in flight then). */
export async function removeOrphanTempFiles(root: string): Promise<string[]> {
  const orphans = await orphanTempFiles(root);
  for (const file of orphans) await rm(file, { force: true });
  return orphans;
}
