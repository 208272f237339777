import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff-format.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat: the format comes from the bytes, not the file name', () => {
  it.each([
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a zip holding word/document.xml', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]), 'docx'],
    ['a zip without word/document.xml (not a Word file)', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml')]), 'text'],
    ['a whole page', utf8('<!DOCTYPE html>\n<html><head><title>县情</title></head><body><p>全县</p></body></html>'), 'html'],
    ['a fragment', utf8('  <div class="content"><p>全县脱贫攻坚取得决定性成就。</p></div>'), 'html'],
    ['a GB2312 page', iconv.encode('<html><head><meta charset="gb2312"></head><body><p>全县</p></body></html>', 'gb18030'), 'html'],
    ['a UTF-16 page with a BOM', iconv.encode('\uFEFF<html><body><p>全县</p></body></html>', 'utf-16le'), 'html'],
    ['plain text', utf8('壶关县脱贫攻坚工作报告\n\n全县共有贫困村285个。'), 'text'],
    ['text with an odd tag in it (the text converter reads those)', utf8('全县概况\n全县共有<b>贫困村</b>285个。'), 'text'],
  ])('%s', (_name, bytes, format) => {
    expect(sniffFormat(bytes)).toBe(format);
  });
});
