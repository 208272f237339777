import type { SourceFormat } from '../../../model/document.js';

const SAMPLE = 65536;

/** Markup that only an HTML page or fragment opens with (after a BOM and white space). */
const OPENS_AS_HTML = /^(?:\uFEFF)?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--|<(?:p|div|h[1-6]|section|article|table|span|ul|ol|title|header|main|figure|strong|b|font|center)[\s>])/i;
/** Whole-page markup anywhere in the first 64 KB (a page saved after a text preamble). */
const PAGE_MARKUP = /<html[\s>]|<body[\s>]|<!doctype\s+html/i;

/**
 * The format of a received file, from its bytes: `%PDF-` is a PDF, a zip holding word/document.xml
 * is a Word file, text that is markup is HTML, anything else is text. The file name plays no part,
 * so a page saved as .txt is read as the page it is.
 */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE));
  if (head.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (all.includes('word/document.xml', 0, 'latin1')) return 'docx';
  }
  const text = sampleText(head);
  return OPENS_AS_HTML.test(text) || PAGE_MARKUP.test(text) ? 'html' : 'text';
}

/** Markup is ASCII in UTF-8, GB18030 and Big5; only UTF-16 needs decoding to see it. */
function sampleText(head: Buffer): string {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[1] === 0 && head[0] !== 0)) return head.toString('utf16le');
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0 && head[1] !== 0)) return Buffer.from(head).swap16().toString('utf16le');
  return head.toString('latin1');
}
