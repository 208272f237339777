import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { MemoryFileScan } from '../../stores/memory-file.js';
import { eachLine, readLinePieces } from '../../stores/read-line-pieces.js';
import { parseEntryLine } from '../../stores/read-memory-entries.js';

/** What the index cache keeps of one line of memory.jsonl: its key, whether it has English, its bytes. */
export interface KeyLine {
  key: string;
  hasTarget: boolean;
  /** Byte range of the line in the file (a CR before the LF left out). */
  start: number;
  end: number;
}

/**
 * The key lines of memory.jsonl read in pieces through `handle` (see readLinePieces), and the
 * file's SHA-256, when every line is an entry and no key repeats (what duizhao writes); undefined
 * at the first line that needs the full scan (blank, invalid, a conflict marker, a key seen
 * before), whose findings then decide. Building the cache of a 1M memory this way keeps neither
 * the 500 MB file nor a million parsed entries.
 */
export async function scanMemoryKeys(handle: FileHandle, pieceBytes?: number): Promise<{ lines: KeyLine[]; sha256: string } | undefined> {
  const lines: KeyLine[] = [];
  const keys = new Set<string>();
  const hash = createHash('sha256');
  const usable = await readLinePieces(handle, (bytes, offset) => {
    hash.update(bytes);
    return addKeyLines(lines, keys, bytes, offset);
  }, pieceBytes);
  return usable ? { lines, sha256: hash.digest('hex') } : undefined;
}

/** The key lines of a scan checked usable, in file order; of identical duplicate lines the first. */
export function keyLinesOfScan(scan: MemoryFileScan): KeyLine[] {
  const seen = new Set<string>();
  return scan.entries
    .filter(({ entry }) => !seen.has(entry.key) && seen.add(entry.key))
    .map(({ entry, start, end }) => ({ key: entry.key, hasTarget: Boolean(entry.target), start: start!, end: end! }));
}

/** Adds the key lines of whole lines at file offset `offset`; false at the first line that needs the full scan. */
function addKeyLines(lines: KeyLine[], keys: Set<string>, bytes: Buffer, offset: number): boolean {
  return eachLine(bytes, offset === 0, (start, end) => {
    const entry = bytes[start] === 0x7b ? parseEntryLine(bytes.toString('utf8', start, end)) : undefined;
    if (!entry || keys.has(entry.key)) return false;
    keys.add(entry.key);
    lines.push({ key: entry.key, hasTarget: Boolean(entry.target), start: offset + start, end: offset + end });
    return true;
  });
}
