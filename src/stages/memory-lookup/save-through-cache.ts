import { fstatSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { writeChunksAtomic } from '../../stores/atomic-write.js';
import { withLock } from '../../stores/lock.js';
import { MEMORY_FILE, removeOrphanTempFiles } from '../../stores/memory-file.js';
import { compareKeys } from '../../stores/key-order.js';
import { serialiseEntry } from '../../stores/memory-jsonl.js';
import { mergeSaved } from '../../stores/memory-merge.js';
import type { MemoryKeyTable } from './memory-key-table.js';
import { openMemoryIndex, racyMs } from './open-memory-index.js';
import { restampAfterSave } from './restamp-after-save.js';

/**
 * The new file is hashed while written and renamed this long after its last write (a fine clock's
 * racyMs, plus the lag of the kernel's coarse clock behind Date.now()), so the stamp need not read
 * it back (see restampAfterSave).
 */
const SETTLE_MS = racyMs(1n) + 20;

/** One line replaced (at entry `index`) or inserted (index -1) at byte `at` of the old file. */
interface Edit { index: number; at: number; end: number; line: Buffer; keysChange: boolean }

/**
 * Saves changed entries into memory.jsonl by splicing their lines into the file, under the memory
 * lock, with the same merge as TranslationMemory.save (mergeSaved on the entry on disk): the file
 * is not parsed whole, only the changed entries' lines are read through the index cache, and the
 * unchanged lines are copied byte for byte. Works only on a file in the form a save writes (one
 * line per key, sorted, LF, nothing between lines; see `spliceable`): otherwise returns false and
 * the caller saves the usual way. The file is still written whole (temp + rename); when the save
 * kept the set of keys and which of them have English, the index cache is updated in place and
 * stamped with the new file (see restampAfterSave), so the next command need not rebuild it.
 */
export async function saveThroughCache(root: string, changes: readonly MemoryEntry[]): Promise<boolean> {
  return withLock(join(root, 'translations', 'memory'), async () => {
    const opened = await openMemoryIndex(root);
    try {
      const table = opened.table;
      if (!table || !spliceable(table)) return false;
      const edits = planEdits(table, changes);
      const size = table.size ? table.lineRange(table.size - 1)[1] + 1 : 0;
      await removeOrphanTempFiles(root);
      const restamp = Boolean(opened.sha256) && !edits.some((e) => e.keysChange);
      const written = await writeChunksAtomic(join(root, MEMORY_FILE), splice(table.fd, size, edits), restamp ? { sha256: true, settleMs: SETTLE_MS } : {});
      if (restamp) await restampAfterSave(root, opened.sha256!, shiftedRanges(table, edits), written);
      return true;
    } finally {
      await opened.close();
    }
  });
}

/** Lines in key order, one after another from byte 0 with one LF between (no BOM, CR, blank or duplicate line), the last ending in LF. */
function spliceable(table: MemoryKeyTable): boolean {
  let next = 0;
  for (let i = 0; i < table.size; i++) {
    const [start, end] = table.lineRange(i);
    if (start !== next) return false;
    next = end + 1;
  }
  if (fstatSync(table.fd).size !== next) return false;
  const last = Buffer.alloc(1);
  return next === 0 || (readSync(table.fd, last, 0, 1, next - 1) === 1 && last[0] === 10);
}

function planEdits(table: MemoryKeyTable, changes: readonly MemoryEntry[]): Edit[] {
  const byKey = new Map(changes.map((e) => [e.key, e]));
  const edits: Edit[] = [];
  // Keys in order: each is searched from where the previous one is (a few key blocks read, not a whole binary search's).
  let from = 0;
  for (const key of [...byKey.keys()].sort(compareKeys)) {
    const saved = byKey.get(key)!;
    const position = (from = table.position(key, from));
    const index = position < table.size && table.key(position) === key ? position : -1;
    if (index === -1) {
      const at = position < table.size ? table.lineRange(position)[0] : table.size ? table.lineRange(table.size - 1)[1] + 1 : 0;
      edits.push({ index, at, end: at, line: Buffer.from(`${serialiseEntry(saved)}\n`), keysChange: true });
      continue;
    }
    const current = table.entry(index);
    const merged = mergeSaved(current, saved);
    const [at, end] = table.lineRange(index);
    edits.push({ index, at, end: end + 1, line: Buffer.from(`${serialiseEntry(merged)}\n`), keysChange: !current.target !== !merged.target });
  }
  return edits;
}

/**
 * The new file: the old file's bytes (read from `fd` in pieces of 4 MiB) with the edits applied.
 * Two buffers in turn (writeChunksAtomic has written a piece before it asks for the one after
 * the next): 500 MB of fresh buffers cost more in page faults and GC than the copy itself.
 */
function* splice(fd: number, size: number, edits: readonly Edit[]): Generator<Uint8Array> {
  const buffers = [Buffer.allocUnsafeSlow(4 << 20), Buffer.allocUnsafeSlow(4 << 20)];
  let turn = 0;
  let from = 0;
  for (const edit of [...edits, { at: size, end: size, line: Buffer.alloc(0) }]) {
    for (let at = from; at < edit.at; at += 4 << 20) {
      const piece = buffers[turn++ % 2]!.subarray(0, Math.min(4 << 20, edit.at - at));
      let done = 0;
      while (done < piece.length) done += readSync(fd, piece, done, piece.length - done, at + done) || fail();
      yield piece;
    }
    yield edit.line;
    from = edit.end;
  }
}

function fail(): never {
  throw new Error(`${MEMORY_FILE} became shorter while it was being saved.`);
}

/** Each entry's line range in the new file, when every edit replaced a line (no insertion). */
function shiftedRanges(table: MemoryKeyTable, edits: readonly Edit[]): { lineStarts: Float64Array; lineEnds: Float64Array } {
  const lineStarts = new Float64Array(table.size);
  const lineEnds = new Float64Array(table.size);
  let shift = 0;
  let e = 0;
  for (let i = 0; i < table.size; i++) {
    const [start, end] = table.lineRange(i);
    lineStarts[i] = start + shift;
    const length = edits[e]?.index === i ? edits[e++]!.line.length - 1 : end - start;
    lineEnds[i] = start + shift + length;
    shift += length - (end - start);
  }
  return { lineStarts, lineEnds };
}
