import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readLinePieces } from './read-line-pieces.js';

const MB = 1024 * 1024;

/**
 * Largest file each command reads, in bytes. Parsing takes many times a file's size in memory
 * (a TMX about 20×, measured: 34 MB peaked at 635 MB), so past these a run would exhaust
 * Node's default heap (about 4 GB) after minutes instead of failing at once. README "Limits".
 */
export const FILE_SIZE_LIMITS = {
  /** A report for `add`: far above any real report, low enough to fail fast on a dump. */
  report: 50 * MB,
  memoryImport: 150 * MB,
  /** JSONL is parsed a line at a time from the bytes (no copy of the whole text): a 1M-entry memory is about 280 MB. */
  memoryImportJsonl: 600 * MB,
  xliffImport: 150 * MB,
  glossaryImport: 50 * MB,
  align: 50 * MB,
  /** A bilingual edition for sync: some 400 times the largest real one (about 50 KB). */
  syncEdition: 20 * MB,
} as const;

export interface ReadUserFileOptions {
  /** Refuse larger files (see FILE_SIZE_LIMITS). */
  maxBytes: number;
  /** What to do about a file over the limit. */
  sizeHint: string;
  /** How to turn a binary or non-UTF-8 file into one duizhao reads. */
  textHint?: string;
  /** The file as messages name it (e.g. relative to the project); default: the path. */
  label?: string;
}

const DEFAULT_TEXT_HINT = 'Save it as UTF-8 text; from a spreadsheet choose "CSV UTF-8 (comma delimited)".';

/**
 * Reads a file a user passed to a command as UTF-8 text (BOM removed). Refuses, as InputErrors
 * naming the file: a file over the size limit (checked before reading it), a spreadsheet or other
 * binary (ZIP as in .xlsx/.docx/.ods, OLE as in .xls/.doc, NUL bytes), UTF-16 and invalid UTF-8.
 */
export async function readUserFile(path: string, options: ReadUserFileOptions): Promise<string> {
  const bytes = await readUserBytes(path, options);
  return bytes.toString('utf8', bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
}

/** readUserFile's checks, the bytes (checked UTF-8, BOM kept) instead of the text: for files read a line at a time. */
export async function readUserBytes(path: string, options: ReadUserFileOptions): Promise<Buffer> {
  const name = options.label ?? path;
  await checkSize(path, name, options);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new InputError('input/unreadable', `Cannot read ${name}.`, { cause: error, hint: 'Check the path and permissions.' });
  });
  assertUtf8Text(bytes, name, options.textHint ?? DEFAULT_TEXT_HINT);
  return bytes;
}

/**
 * readUserBytes's checks on a file that is read a line at a time (see readLinePieces) and never
 * held whole: the size, then every piece (with the same findings in the same order).
 */
export async function checkUserFileInPieces(path: string, options: ReadUserFileOptions): Promise<void> {
  const name = options.label ?? path;
  await checkSize(path, name, options);
  const check = new UserTextCheck(name, options.textHint ?? DEFAULT_TEXT_HINT);
  await readLinePieces(path, (bytes, offset) => check.piece(bytes, offset)).catch((error: unknown) => {
    if (error instanceof InputError) throw error;
    throw new InputError('input/unreadable', `Cannot read ${name}.`, { cause: error, hint: 'Check the path and permissions.' });
  });
  check.finish();
}

/**
 * The binary and UTF-8 checks over a file given in pieces that end at line ends (a UTF-8 sequence
 * never spans one): what the file starts with, then a NUL anywhere, then invalid UTF-8 anywhere,
 * as for the whole file at once.
 */
export class UserTextCheck {
  private notUtf8 = false;

  constructor(private readonly path: string, private readonly hint = DEFAULT_TEXT_HINT) {}

  /** Throws for a binary file at once; invalid UTF-8 is thrown by finish (a NUL later on wins). */
  piece(bytes: Uint8Array, offset: number): void {
    const kind = offset === 0 ? binaryKind(bytes) : bytes.indexOf(0) >= 0 ? NUL_BYTES : undefined;
    if (kind) throw new InputError('input/binary', `${this.path} is ${kind}; duizhao reads only UTF-8 text.`, { hint: this.hint });
    if (!this.notUtf8 && !isUtf8(bytes)) this.notUtf8 = true;
  }

  finish(): void {
    if (this.notUtf8) throw new InputError('input/not-utf8', `${this.path} is not valid UTF-8 (perhaps GBK or Big5).`, { hint: `${this.hint} Or convert it, e.g. iconv -f GBK -t UTF-8.` });
  }
}

/** UTF-8 text of `bytes` without a BOM, or an InputError saying what the file looks like instead. */
export function decodeUserText(bytes: Uint8Array, path: string, hint = DEFAULT_TEXT_HINT): string {
  assertUtf8Text(bytes, path, hint);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
}

/** Refuses binary files and text that is not UTF-8 (checked without decoding: a 280 MB memory in a tenth of a second). */
function assertUtf8Text(bytes: Uint8Array, path: string, hint: string): void {
  const check = new UserTextCheck(path, hint);
  check.piece(bytes, 0);
  check.finish();
}

const NUL_BYTES = 'binary (it contains NUL bytes)';

async function checkSize(path: string, name: string, options: ReadUserFileOptions): Promise<void> {
  const info = await stat(path).catch((error: unknown) => {
    throw new InputError('input/unreadable', `Cannot read ${name}.`, { cause: error, hint: 'Check the path.' });
  });
  if (!info.isFile()) throw new InputError('input/unreadable', `${name} is not a file.`, { hint: 'Pass a file, not a folder.' });
  if (info.size > options.maxBytes) {
    throw new InputError('input/too-large', `${name} is ${megabytes(info.size)}; this command reads files up to ${megabytes(options.maxBytes)}.`, { hint: options.sizeHint });
  }
}

function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a ZIP archive (an .xlsx, .ods or .docx document?)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'an OLE document (an .xls or .doc file?)';
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'UTF-16 text';
  if (bytes.indexOf(0) >= 0) return NUL_BYTES;
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}
