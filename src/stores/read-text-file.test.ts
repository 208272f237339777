import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Text } from './read-text-file.js';

const TEXT = 'title: 弘扬太行精神\nscript: Hans\n';

describe('decodeUtf8Text', () => {
  it('reads UTF-8, dropping a BOM', () => {
    expect(decodeUtf8Text(Buffer.from(TEXT))).toEqual({ text: TEXT });
    expect(decodeUtf8Text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT });
  });

  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')]), 1, /UTF-16/],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf16be')]), 1, /UTF-16/],
    ['UTF-16LE without BOM', iconv.encode(TEXT, 'utf16le'), 1, /UTF-16/],
    ['GB18030 on line 1', iconv.encode(TEXT, 'gb18030'), 1, /not UTF-8/],
    ['a Latin-1 byte on line 2', Buffer.concat([Buffer.from('title: x\nnote: caf'), Buffer.from([0xe9, 0x0a])]), 2, /not UTF-8/],
    ['a NUL byte on line 2', Buffer.from('title: x\nscript: \u0000Hans\n'), 2, /NUL/],
    ['an .xlsx workbook', Buffer.from('PK\u0003\u0004\u0014\u0000', 'latin1'), 1, /zip/],
  ])('%s: the reason and the line', (_name, bytes, line, reason) => {
    const result = decodeUtf8Text(bytes);
    expect('problem' in result && result.problem.line).toBe(line);
    expect('problem' in result && result.problem.reason).toMatch(reason);
  });
});
