import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MemoryEntry } from '../model/memory-entry.js';
import { isUnitState } from '../model/unit.js';
import { eachLine } from './read-line-pieces.js';

export const MEMORY_FILE = 'translations/memory/memory.jsonl';

/** One entry as it stands in memory.jsonl. */
export interface MemoryLine {
  /** 1-based line number. */
  line: number;
  entry: MemoryEntry;
  /** Where the line is in the file, in bytes (end exclusive, without its newline or CR). */
  start?: number;
  end?: number;
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
  return existsSync(path) ? scanMemoryBytes(await readFile(path)) : undefined;
}

export function scanMemoryText(text: string): MemoryFileScan {
  return scanMemoryBytes(Buffer.from(text, 'utf8'));
}

/** Scans the file's bytes line by line, keeping each entry's byte range (the index cache reads single lines by it). */
export function scanMemoryBytes(bytes: Buffer): MemoryFileScan {
  const scan: MemoryFileScan = { entries: [], bad: [], markers: [], duplicates: [] };
  let line = 0;
  eachLine(bytes, true, (start, end) => {
    scanLine(scan, bytes.toString('utf8', start, end), ++line, start, end);
    return true;
  });
  scan.duplicates = findDuplicates(scan.entries);
  return scan;
}

function scanLine(scan: MemoryFileScan, text: string, line: number, start: number, end: number): void {
  if (!text.trim()) return;
  if (MARKER.test(text)) return void scan.markers.push(line);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return void scan.bad.push({ line, reason: `not valid JSON (${(error as Error).message}).` });
  }
  const problem = checkEntry(value);
  if (problem) scan.bad.push({ line, reason: problem });
  else scan.entries.push({ line, entry: value as MemoryEntry, start, end });
}

function findDuplicates(lines: MemoryLine[]): DuplicateKey[] {
  // One Map lookup per line; groups are made only for keys seen twice (rare), not for every line.
  const first = new Map<string, MemoryLine>();
  const groups = new Map<string, MemoryLine[]>();
  for (const line of lines) {
    const seen = first.get(line.entry.key);
    if (!seen) first.set(line.entry.key, line);
    else groups.set(line.entry.key, [...(groups.get(line.entry.key) ?? [seen]), line]);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => a[0]!.line - b[0]!.line)
    .map(([key, group]) => ({ key, lines: group, identical: new Set(group.map((l) => canonical(l.entry))).size === 1 }));
}

/** An entry as comparable text: fields sorted, so field order in the file does not matter. */
export function canonical(entry: MemoryEntry): string {
  return JSON.stringify(Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1))));
}

export function checkEntry(value: unknown): string | undefined {
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
