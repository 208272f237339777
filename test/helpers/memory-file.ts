import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MEMORY_PATH = join('translations', 'memory', 'memory.jsonl');

/**
 * Reads memory.jsonl strictly: every line must be a complete JSON entry with the fields a memory
 * entry has (a torn or half-written line throws). Returns the lines by key; duplicates throw.
 */
export async function readMemoryLines(root: string): Promise<Map<string, string>> {
  const path = join(root, MEMORY_PATH);
  const byKey = new Map<string, string>();
  if (!existsSync(path)) return byKey;
  const text = await readFile(path, 'utf8');
  if (text !== '' && !text.endsWith('\n')) throw new Error('memory.jsonl does not end with a newline (a torn write?)');
  text.split('\n').filter(Boolean).forEach((line, i) => {
    const entry = JSON.parse(line) as Record<string, unknown>;
    for (const field of ['key', 'source', 'target', 'state', 'origin', 'created', 'updated']) {
      if (typeof entry[field] !== 'string') throw new Error(`memory.jsonl:${i + 1}: "${field}" missing: ${line}`);
    }
    if (byKey.has(entry.key as string)) throw new Error(`memory.jsonl:${i + 1}: duplicate key ${String(entry.key)}`);
    byKey.set(entry.key as string, line);
  });
  return byKey;
}

/** Entries of `before` missing or changed in `after` (by key, whole line). */
export function lostOrChanged(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...before].filter(([key, line]) => after.get(key) !== line).map(([key]) => key);
}
