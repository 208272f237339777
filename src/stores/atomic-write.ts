import { randomInt } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

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

/**
 * Writes text given in pieces through a temp file + rename, never holding the whole text: a
 * 1M-entry memory is half a gigabyte, several times that as one string and its copies. The temp
 * file is `<file>.<digits>`, the name write-file-atomic uses, so orphan cleanup finds it. Pieces
 * are written as given, text as UTF-8 (the caller keeps LF and the trailing newline).
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomInt(2 ** 47)}`;
  const handle = await open(temp, 'w');
  try {
    for (const chunk of chunks) if (chunk.length) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
}

/** Writes bytes through a temp file + rename, only when they differ from the file's (a second publish touches nothing). */
export async function writeBytesIfChanged(path: string, bytes: Uint8Array): Promise<boolean> {
  const current = await readFile(path).catch(() => undefined);
  if (current && Buffer.compare(current, bytes) === 0) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, Buffer.from(bytes));
  return true;
}
