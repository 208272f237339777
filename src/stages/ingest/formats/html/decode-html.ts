import iconv from 'iconv-lite';
import { decodeBytes, type DecodeResult } from '../../decode.js';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const LEGACY: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030', big5: 'big5', 'big5-hkscs': 'big5' };

/**
 * An HTML file's bytes → text. Valid UTF-8 (or a BOM) is read as such whatever the page claims
 * (saved pages keep a stale <meta charset>); otherwise the page's own <meta charset> decides,
 * and without one the text detector does.
 */
export function decodeHtml(bytes: Uint8Array, file: string): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = META_CHARSET.exec(buf.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase();
  const legacy = declared ? LEGACY[declared] : undefined;
  if (legacy && !isUtf8(buf) && !hasBom(buf)) {
    const decoded = decodeBytes(iconv.encode(iconv.decode(buf, legacy), 'utf-8'), file);
    return { ...decoded, encoding: legacy };
  }
  return decodeBytes(bytes, file);
}

const fatal = new TextDecoder('utf-8', { fatal: true });

function isUtf8(buf: Buffer): boolean {
  try {
    fatal.decode(buf);
    return true;
  } catch {
    return false;
  }
}

function hasBom(buf: Buffer): boolean {
  return (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xef && buf[1] === 0xbb);
}
