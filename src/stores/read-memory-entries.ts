import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NO_REPORTS, type MemoryEntry } from '../model/memory-entry.js';
import { checkEntry, MEMORY_FILE, scanMemoryBytes, type MemoryFileScan } from './memory-file.js';
import { assertUsableMemory } from './memory-file-problems.js';
import { eachLine, readLinePieces } from './read-line-pieces.js';

/**
 * The entries of memory.jsonl by key. Refuses (ConfigError) a file with conflict markers, invalid
 * lines or one key with different entries on two lines; identical duplicate lines count once, so
 * the next save writes one. Orphan temp files beside it are never read. A usable file is read in
 * pieces (see readLinePieces and memoryEntriesOfBytes); anything else whole, for the full scan.
 */
export async function readMemoryEntries(root: string, pieceBytes?: number): Promise<Map<string, MemoryEntry>> {
  const path = join(root, MEMORY_FILE);
  if (!existsSync(path)) return new Map();
  const byKey = new Map<string, MemoryEntry>();
  const strings: Shared = { stamp: '' };
  const usable = await readLinePieces(path, (bytes, offset) => addEntries(byKey, bytes, offset === 0, strings), pieceBytes);
  return usable ? byKey : entriesOfScanByKey(scanMemoryBytes(await readFile(path)));
}

/**
 * A usable file (every line an entry, no key twice: what duizhao writes) is read in one pass
 * straight into the map. Anything else, blank lines included, is read again by scanMemoryBytes,
 * whose findings decide as they always have: at a million lines the line records, duplicate
 * groups and extra arrays of the full scan are seconds of work and garbage.
 */
export function memoryEntriesOfBytes(bytes: Buffer): Map<string, MemoryEntry> {
  const byKey = new Map<string, MemoryEntry>();
  return addEntries(byKey, bytes, true, { stamp: '' }) ? byKey : entriesOfScanByKey(scanMemoryBytes(bytes));
}

/** Strings entries may share: the last timestamp read (an import gives a million entries a few). */
interface Shared {
  stamp: string;
}

/** Adds the entries of whole lines to the map; false at the first line that needs the full scan. */
function addEntries(byKey: Map<string, MemoryEntry>, bytes: Buffer, fileStart: boolean, strings: Shared): boolean {
  return eachLine(bytes, fileStart, (start, end) => {
    const parsed = bytes[start] === 0x7b ? parseEntryLine(bytes.toString('utf8', start, end)) : undefined;
    if (!parsed) return false;
    const entry = sameShape(parsed);
    const size = byKey.size;
    byKey.set(entry.key, entry); // one lookup, not has() then set(): a key seen before leaves the size as it was
    if (byKey.size === size) return false;
    shareStrings(entry, strings);
    return true;
  });
}

/**
 * Equal strings of an entry made one (the same text, so nothing written changes): what stays in
 * the map is a million entries, and each string fewer is one object fewer for the collector to
 * copy and keep. The source is usually the key; created, updated and the entry before's mostly
 * hold the same time; most report lists are empty (NO_REPORTS).
 */
function shareStrings(entry: MemoryEntry, strings: Shared): void {
  if (entry.reports.length === 0) entry.reports = NO_REPORTS;
  if (entry.source === entry.key) entry.source = entry.key;
  if (entry.created === strings.stamp) entry.created = strings.stamp;
  else strings.stamp = entry.created;
  if (entry.updated === entry.created) entry.updated = entry.created;
}

/** The fields of most lines, in the order duizhao writes them (see serialiseEntry). */
const PLAIN_FIELDS = ['key', 'source', 'target', 'state', 'origin', 'reports', 'created', 'updated'];

/**
 * A line with just the plain fields, in their order, as a copy made by one object literal: V8
 * allocates straight into the old generation at a site whose objects nearly all survive, as a
 * memory's entries do, so the collector copies fewer (an unchanged re-import of 1M, alternated:
 * scavenge pauses 3.5 → 2.95 s, CPU about the same). Anything else (a note, extra or reordered
 * fields) stays as parsed.
 */
function sameShape(e: MemoryEntry): MemoryEntry {
  const names = Object.keys(e);
  if (names.length !== PLAIN_FIELDS.length) return e;
  for (let i = 0; i < names.length; i++) if (names[i] !== PLAIN_FIELDS[i]) return e;
  return { key: e.key, source: e.source, target: e.target, state: e.state, origin: e.origin, reports: e.reports, created: e.created, updated: e.updated };
}

/** The entry on a line of memory.jsonl, or undefined when it is not one (invalid JSON or fields). */
export function parseEntryLine(line: string): MemoryEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  return checkEntry(value) === undefined ? (value as MemoryEntry) : undefined;
}

function entriesOfScanByKey(scan: MemoryFileScan): Map<string, MemoryEntry> {
  assertUsableMemory(scan);
  return new Map(entriesOfScan(scan).map((entry) => [entry.key, entry]));
}

/** The entries of a scan checked usable: identical duplicate lines count once. */
export function entriesOfScan(scan: MemoryFileScan): MemoryEntry[] {
  if (scan.duplicates.length === 0) return scan.entries.map(({ entry }) => entry);
  const seen = new Set<string>();
  return scan.entries.filter(({ entry }) => !seen.has(entry.key) && seen.add(entry.key)).map(({ entry }) => entry);
}
