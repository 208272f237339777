import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MemoryEntry } from '../model/memory-entry.js';
import { checkEntry, MEMORY_FILE, scanMemoryBytes, type MemoryFileScan } from './memory-file.js';
import { assertUsableMemory } from './memory-file-problems.js';

/**
 * The entries of memory.jsonl by key. Refuses (ConfigError) a file with conflict markers, invalid
 * lines or one key with different entries on two lines; identical duplicate lines count once, so
 * the next save writes one. Orphan temp files beside it are never read.
 */
export async function readMemoryEntries(root: string): Promise<Map<string, MemoryEntry>> {
  const path = join(root, MEMORY_FILE);
  return existsSync(path) ? memoryEntriesOfBytes(await readFile(path)) : new Map();
}

/**
 * A usable file (every line an entry, no key twice: what duizhao writes) is read in one pass
 * straight into the map. Anything else, blank lines included, is read again by scanMemoryBytes,
 * whose findings decide as they always have: at a million lines the line records, duplicate
 * groups and extra arrays of the full scan are seconds of work and garbage.
 */
export function memoryEntriesOfBytes(bytes: Buffer): Map<string, MemoryEntry> {
  const byKey = new Map<string, MemoryEntry>();
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(10, start);
    let end = newline === -1 ? bytes.length : newline;
    if (end > start && bytes[end - 1] === 13) end--;
    const entry = bytes[start] === 0x7b ? parseEntry(bytes.toString('utf8', start, end)) : undefined;
    if (!entry || byKey.has(entry.key)) return entriesOfScanByKey(scanMemoryBytes(bytes));
    byKey.set(entry.key, entry);
    start = newline === -1 ? bytes.length : newline + 1;
  }
  return byKey;
}

function parseEntry(line: string): MemoryEntry | undefined {
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
