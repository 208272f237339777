import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { InputError } from '../../errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';

export interface DecodeResult {
  text: string;
  /** Encoding the bytes were read as: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: string;
  diagnostics: Diagnostic[];
}

const LEGACY = ['gb18030', 'big5'] as const;

/**
 * Bytes → text. BOMs decide first; then strict UTF-8; then a detector among the legacy Chinese
 * encodings. A file that is mostly UTF-8 with a few lines in GB18030 (mixed encodings, a
 * common result of copy and paste) is decoded line by line and each such line is reported.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) {
    throw new InputError('input/empty', `${file} is empty.`, { hint: 'Pass a text file holding the report.' });
  }
  const bom = decodeWithBom(buf);
  if (bom) return checkText(bom, file);
  if (looksBinary(buf)) {
    throw new InputError('input/binary', `${file} looks like a binary file, not text (it contains NUL or control bytes).`, {
      hint: 'Export the report as plain text (UTF-8, GB18030 or Big5) and add that file.',
    });
  }
  const utf8 = strictUtf8(buf);
  if (utf8 !== undefined) return checkText({ text: utf8, encoding: 'utf-8', diagnostics: [] }, file);
  return checkText(decodeLegacyOrMixed(buf, file), file);
}

function decodeWithBom(buf: Buffer): DecodeResult | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8', diagnostics: [] };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', diagnostics: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', diagnostics: [] };
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  const sample = buf.subarray(0, Math.min(buf.length, 4096));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs >= 2 && oddZero / pairs > 0.3 && evenZero === 0) return { text: iconv.decode(buf, 'utf-16le'), encoding: 'utf-16le', diagnostics: [] };
  if (pairs >= 2 && evenZero / pairs > 0.3 && oddZero === 0) return { text: iconv.decode(buf, 'utf-16be'), encoding: 'utf-16be', diagnostics: [] };
  return undefined;
}

function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, Math.min(buf.length, 65536));
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / sample.length > 0.01;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(buf: Buffer): string | undefined {
  try {
    return fatalUtf8.decode(buf);
  } catch {
    return undefined;
  }
}

function decodeLegacyOrMixed(buf: Buffer, file: string): DecodeResult {
  const lines = splitLinesKeepingBytes(buf);
  const bad = lines.filter((line) => strictUtf8(line) === undefined);
  // Mostly UTF-8: decode the odd lines out as legacy and say so.
  if (bad.length <= lines.length / 4 && lines.length - bad.length >= 3) {
    const diagnostics: Diagnostic[] = [];
    const text = lines
      .map((line, i) => {
        const asUtf8 = strictUtf8(line);
        if (asUtf8 !== undefined) return asUtf8;
        const encoding = detectLegacy(line);
        diagnostics.push({
          ruleId: 'ingest/mixed-encoding',
          severity: 'warning',
          file,
          line: i + 1,
          reason: `line is not UTF-8; decoded as ${encoding}`,
          hint: 'Check this line reads correctly; re-save the file as UTF-8 to silence this.',
        });
        return iconv.decode(line, encoding);
      })
      .join('\n');
    return { text, encoding: 'utf-8', diagnostics };
  }
  const encoding = detectLegacy(buf);
  return { text: iconv.decode(buf, encoding), encoding, diagnostics: [] };
}

function detectLegacy(buf: Buffer): (typeof LEGACY)[number] {
  const guess = jschardet.detect(buf.toString('binary')).encoding?.toLowerCase() ?? '';
  if (guess.includes('big5')) return 'big5';
  // GB2312/GBK guesses and unknowns: GB18030 is a superset and decodes every byte sequence.
  return 'gb18030';
}

function splitLinesKeepingBytes(buf: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      lines.push(buf.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(buf.subarray(start));
  return lines;
}

/** Decoded text must hold some Chinese; replacement characters mean the bytes were not text. */
function checkText(result: DecodeResult, file: string): DecodeResult {
  const replacements = (result.text.match(/\uFFFD/g) ?? []).length;
  if (replacements > 0 && replacements / result.text.length > 0.02) {
    throw new InputError('input/undecodable', `${file} could not be decoded (${replacements} invalid byte sequences as ${result.encoding}).`, {
      hint: 'Save the report as UTF-8 (or GB18030 / Big5) text and add it again.',
    });
  }
  if (!/\p{Script=Han}/u.test(result.text)) {
    throw new InputError('input/no-chinese', `${file} contains no Chinese text.`, {
      hint: 'duizhao ingests Chinese reports; check you passed the right file.',
    });
  }
  return result;
}
