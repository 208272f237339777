import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Why the bytes of a file a person keeps (YAML, JSONL, Markdown, CSV, XML) are not UTF-8 text. */
export interface TextProblem {
  code: string;
  /** 1-based line of the first offending byte. */
  line: number;
  reason: string;
  hint: string;
}

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in an editor: "Save with encoding" → UTF-8; in Excel: "CSV UTF-8").';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 bytes → text, with a UTF-8 BOM dropped; or the reason they are not UTF-8 text (UTF-16,
 * a zip archive such as an .xlsx, NUL or other binary bytes, a legacy encoding such as GB18030,
 * Big5 or Latin-1), with the line where it shows.
 */
export function decodeUtf8Text(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { problem: { code: 'input/encoding', line: 1, reason: 'is UTF-16 text; duizhao reads UTF-8', hint: SAVE_AS_UTF8 } };
  }
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    return { problem: { code: 'input/binary', line: 1, reason: 'is a zip archive (an .xlsx or .docx?), not text', hint: 'Export it as UTF-8 text (a spreadsheet as "CSV UTF-8") and use that file.' } };
  }
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(body, nul);
    const utf16 = body.length > 1 && (body[0] === 0 || body[1] === 0);
    return utf16
      ? { problem: { code: 'input/encoding', line, reason: 'looks like UTF-16 text without a BOM; duizhao reads UTF-8', hint: SAVE_AS_UTF8 } }
      : { problem: { code: 'input/binary', line, reason: 'contains a NUL byte: it is binary, or text damaged by a tool', hint: 'Remove the NUL byte (git diff shows the change), or restore the file from git.' } };
  }
  try {
    return { text: utf8.decode(body) };
  } catch {
    const line = firstBadLine(body);
    return { problem: { code: 'input/encoding', line, reason: 'is not UTF-8 (GB18030, Big5 or Latin-1?)', hint: SAVE_AS_UTF8 } };
  }
}

/** Reads a text file a person keeps or exchanges; `file` names it in messages. Problems are InputErrors (exit 2). */
export async function readTextFile(path: string, file: string, options: { maxBytes?: number } = {}): Promise<string> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new InputError('input/unreadable', `Cannot read ${file}: ${(error as Error).message}`, { cause: error, hint: 'Check the path and the permissions.' });
  });
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(n % 1048576 === 0 ? 0 : 1);
    throw new InputError('input/too-large', `${file} is ${mb(bytes.length)} MB; files of this kind are limited to ${mb(options.maxBytes)} MB.`, { hint: 'Split it into smaller files.' });
  }
  const decoded = decodeUtf8Text(bytes);
  if ('problem' in decoded) throw textProblemError(decoded.problem, file);
  return decoded.text;
}

export function textProblemError(problem: TextProblem, file: string): InputError {
  return new InputError(problem.code, `${file}:${problem.line}: ${file.split('/').pop()} ${problem.reason}.`, { hint: problem.hint });
}

function lineAt(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = buf.indexOf(0x0a); i >= 0 && i < offset; i = buf.indexOf(0x0a, i + 1)) line++;
  return line;
}

function firstBadLine(buf: Buffer): number {
  let line = 1;
  for (let start = 0; start <= buf.length; line++) {
    const end = buf.indexOf(0x0a, start);
    const stop = end < 0 ? buf.length : end;
    try {
      utf8.decode(buf.subarray(start, stop));
    } catch {
      return line;
    }
    if (end < 0) break;
    start = end + 1;
  }
  return line;
}
