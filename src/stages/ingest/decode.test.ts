import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const text = '沁县脱贫攻坚综述：179个贫困村全部退出。\n第二行。\n第三行。\n第四行。\n';

describe('decodeBytes', () => {
  it.each([
    ['utf-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be'],
    ['gb18030', iconv.encode(text, 'gb18030'), 'gb18030'],
  ])('decodes %s', (_name, bytes, encoding) => {
    const result = decodeBytes(bytes, 'r.txt');
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text);
  });

  it('decodes Big5 Traditional text', () => {
    const big5 = '沁縣縣委書記秦軍表示，鞏固拓展脫貧攻堅成果同鄉村振興有效銜接。\n'.repeat(5);
    expect(decodeBytes(iconv.encode(big5, 'big5'), 'r.txt').text).toBe(big5);
  });

  it('decodes a mostly UTF-8 file with one GB18030 line and reports that line', () => {
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), iconv.encode('这一行是国标码。\n', 'gb18030'), Buffer.from('最后一行。\n', 'utf8')]);
    const result = decodeBytes(bytes, 'mixed.txt');
    expect(result.text).toContain('这一行是国标码。');
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest/mixed-encoding', line: 5, file: 'mixed.txt' })]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /is empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), /binary/],
    ['a file of only punctuation', Buffer.from('，。！？……——“”\n', 'utf8'), /no Chinese text/],
  ])('rejects %s with exit 2', (_name, bytes, message) => {
    try {
      decodeBytes(bytes, 'bad.txt');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(message);
      expect((error as { exitCode: number }).exitCode).toBe(2);
    }
  });
});
