import { createHash, randomInt } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** write-file-atomic, loaded on the first write: commands that only read (memory lookup) never load it. */
async function writeFileAtomic(...args: Parameters<typeof import('write-file-atomic')>): Promise<void> {
  const { default: write } = await import('write-file-atomic');
  await write(...args);
}

/**
 * Writes through a temp file + rename so a crash never leaves a half-written file behind.
 * Text is always UTF-8 with LF and a trailing newline, so files diff well in git.
 */
export async function writeTextAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const normalised = text.replace(/\r\n?/g, '\n');
  await writeFileAtomic(path, normalised.endsWith('\n') || normalised === '' ? normalised : `${normalised}\n`, {
    encoding: 'utf8',
  });
}

/** Writes only when the content differs, so an unchanged rebuild touches no file (mtime included). */
export async function writeTextIfChanged(path: string, text: string, current: string | undefined): Promise<boolean> {
  const next = text.endsWith('\n') ? text : `${text}\n`;
  if (current === next) return false;
  await writeTextAtomic(path, next);
  return true;
}

/** What writeChunksAtomic wrote: the bytes' SHA-256 (when asked for) and the file's stat once synced, before it was renamed into place. */
export interface WrittenFile {
  sha256?: string;
  stat: BigIntStats;
}

/**
 * Writes text given in pieces through a temp file + rename, never holding the whole text: a
 * 1M-entry memory is half a gigabyte, several times that as one string and its copies. The temp
 * file is `<file>.<digits>`, the name write-file-atomic uses, so orphan cleanup finds it. Pieces
 * are written as given, text as UTF-8 (the caller keeps LF and the trailing newline). One write is
 * in flight while the next piece is made (and hashed): a piece is written before the piece after
 * the next is asked for, so a producer may reuse two buffers in turn. With `sha256`, returns the
 * SHA-256 of the bytes written, hashed while they are written; always the temp file's stat after
 * fsync, so a caller can stamp the new file without reading it back (see restampAfterSave). With
 * `settleMs`, the rename waits until that long after the last write (fsync of a big file takes
 * longer anyway), so a later write to the file cannot get the same mtime as this content.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, options: { sha256?: boolean; settleMs?: number } = {}): Promise<WrittenFile> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomInt(2 ** 47)}`;
  const handle = await open(temp, 'w');
  const hash = options.sha256 ? createHash('sha256') : undefined;
  let writing: Promise<void> = Promise.resolve();
  let stat: BigIntStats;
  try {
    for (const chunk of chunks) {
      if (!chunk.length) continue;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      hash?.update(bytes);
      await writing;
      writing = writeAll(handle, bytes);
      writing.catch(() => undefined); // awaited above or below; never an unhandled rejection meanwhile
    }
    await writing;
    await handle.sync();
    stat = await handle.stat({ bigint: true });
    const settle = Number(stat.mtimeNs / 1_000_000n) + (options.settleMs ?? 0) - Date.now();
    if (options.settleMs && settle > 0) await sleep(Math.min(settle, options.settleMs));
  } catch (error) {
    await writing.catch(() => undefined);
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  return { ...(hash ? { sha256: hash.digest('hex') } : {}), stat };
}

/** Every byte of `bytes`, however many writes that takes. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    if (bytesWritten === 0) throw new Error(`wrote nothing to ${handle.fd}: the disk may be full.`);
    done += bytesWritten;
  }
}

/** Writes bytes through a temp file + rename, only when they differ from the file's (a second publish touches nothing). */
export async function writeBytesIfChanged(path: string, bytes: Uint8Array): Promise<boolean> {
  const current = await readFile(path).catch(() => undefined);
  if (current && Buffer.compare(current, bytes) === 0) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, Buffer.from(bytes));
  return true;
}
