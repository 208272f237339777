import { readSync } from 'node:fs';
import { ConfigError } from '../../errors.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { MEMORY_FILE } from '../../stores/memory-file.js';
import { parseEntryLine } from '../../stores/read-memory-entries.js';
import { compareKeys } from '../../stores/key-order.js';
import { FuzzyIndex } from './fuzzy-index.js';
import type { IndexCacheData, LoadedIndexCache, MemoryFileIdentity } from './index-cache-file.js';
import type { KeyLine } from './scan-memory-keys.js';

/** What the key table reads: keys by number, each entry's line range, and the fuzzy strings' keys. */
export type KeySource = Pick<LoadedIndexCache, 'key' | 'lineStarts' | 'lineEnds' | 'fuzzyKeys'>;

/** The cache's data for the key lines of a usable memory file (one per key, as loading keeps them). */
export function buildIndexCacheData(lines: KeyLine[], identity: MemoryFileIdentity): { data: IndexCacheData; index: FuzzyIndex; keys: string[]; source: KeySource } {
  lines.sort((a, b) => compareKeys(a.key, b.key));
  const keyStarts = new Int32Array(lines.length + 1);
  lines.forEach((l, i) => (keyStarts[i + 1] = keyStarts[i]! + l.key.length));
  const keyChars = new Uint16Array(keyStarts[lines.length]!);
  lines.forEach(({ key }, i) => {
    for (let c = 0, at = keyStarts[i]!; c < key.length; c++) keyChars[at + c] = key.charCodeAt(c);
  });
  const fuzzyKeys = Int32Array.from(lines.flatMap((l, i) => (l.hasTarget ? [i] : [])));
  const keys = Array.from(fuzzyKeys, (i) => lines[i]!.key);
  const index = new FuzzyIndex(keys);
  const data: IndexCacheData = {
    identity, keyChars, keyStarts, fuzzyKeys, fuzzy: index.parts(),
    lineStarts: Float64Array.from(lines, (l) => l.start), lineEnds: Float64Array.from(lines, (l) => l.end),
  };
  return { data, index, keys, source: { key: (i) => lines[i]!.key, lineStarts: data.lineStarts, lineEnds: data.lineEnds, fuzzyKeys } };
}

/**
 * The memory's entries read one line at a time through the cache's key table: an exact lookup is a
 * binary search over the sorted keys, then one read of that entry's line. `fd` is the memory file
 * the cache was checked against (kept open, so a writer renaming a new file in changes nothing).
 */
export class MemoryKeyTable {
  /** `fd`: the memory file the table was built from (a save copies its unchanged lines). */
  constructor(private readonly source: KeySource, readonly fd: number) {}

  get size(): number {
    return this.source.lineStarts.length;
  }

  /** Entry number of `key`, or -1. */
  find(key: string): number {
    const a = this.position(key);
    return a < this.size && this.source.key(a) === key ? a : -1;
  }

  /** Key i (read with its block through the cache). */
  key(i: number): string {
    return this.source.key(i);
  }

  /**
   * The number of keys sorting before `key` (where it is, or would be inserted). With `from` (a
   * position known to be at or before it), gallops forward from there first: keys searched in
   * order then read the few key blocks near the last one instead of a whole binary search's.
   */
  position(key: string, from = 0): number {
    let [a, b] = [from, this.size];
    for (let step = 1; from > 0 && from + step < this.size; step *= 2) {
      if (this.source.key(from + step) >= key) {
        b = from + step;
        break;
      }
      a = from + step + 1;
    }
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.source.key(mid) < key) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** Byte range of entry i's line in the memory file. */
  lineRange(i: number): [start: number, end: number] {
    return [this.source.lineStarts[i]!, this.source.lineEnds[i]!];
  }

  get(key: string): MemoryEntry | undefined {
    const i = this.find(key);
    return i === -1 ? undefined : this.entry(i);
  }

  /** The key of the fuzzy index's string `j`. */
  fuzzyKey(j: number): string {
    return this.source.key(this.source.fuzzyKeys[j]!);
  }

  entry(i: number): MemoryEntry {
    const [start, end] = [this.source.lineStarts[i]!, this.source.lineEnds[i]!];
    const bytes = Buffer.alloc(end - start);
    readSync(this.fd, bytes, 0, bytes.length, start);
    const entry = parseEntryLine(bytes.toString('utf8'));
    // Only a file changed in place while this command ran gets here; the next run rebuilds the cache.
    if (entry?.key !== this.source.key(i)) {
      throw new ConfigError('memory/changed-while-reading', `${MEMORY_FILE} changed while it was being read.`, { hint: 'Run the command again.' });
    }
    return entry;
  }
}
