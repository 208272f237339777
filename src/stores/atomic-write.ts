import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

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
