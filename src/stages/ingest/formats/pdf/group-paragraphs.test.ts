import { describe, expect, it } from 'vitest';
import type { PdfLine } from './group-lines.js';
import { groupParagraphs } from './group-paragraphs.js';

/** A page of body lines 10 pt: left margin 50, right margin 250, 15 pt apart from y = 700 down. */
function page(number: number, lines: Array<[text: string, indent: boolean, full: boolean]>): PdfLine[] {
  return lines.map(([text, indent, full], i) => ({ page: number, text, x0: indent ? 70 : 50, x1: full ? 250 : 150, y: 700 - 15 * i, size: 10 }));
}

const P1 = page(1, [
  ['第一段开头，', true, true],
  ['第一段结束。', false, false],
  ['第二段开头，', true, true],
  ['第二段在这一页的最后一行恰好写满并以句号结束。', false, true],
]);

describe('groupParagraphs', () => {
  it('runs a paragraph on into the next page when the next page starts without an indent, even after a full stop', () => {
    const blocks = groupParagraphs([P1, page(2, [['接着写的半段。', false, false], ['第三段。', true, false]])], 10);
    expect(blocks.map((b) => b.text)).toEqual(['第一段开头，第一段结束。', '第二段开头，第二段在这一页的最后一行恰好写满并以句号结束。接着写的半段。', '第三段。']);
    expect(blocks[1]!.continuedOn).toBe(2);
  });

  it('starts a new paragraph when the next page starts with an indent', () => {
    const blocks = groupParagraphs([P1, page(2, [['新的一段。', true, false], ['另一段。', true, false]])], 10);
    expect(blocks.map((b) => b.text)).toEqual(['第一段开头，第一段结束。', '第二段开头，第二段在这一页的最后一行恰好写满并以句号结束。', '新的一段。', '另一段。']);
    expect(blocks.some((b) => b.continuedOn !== undefined)).toBe(false);
  });

  it('joins Latin words across lines with a space and Chinese without one', () => {
    const blocks = groupParagraphs([page(1, [['项目名称为 Rural', true, true], ['Revitalisation 示范', false, true], ['工程，已经完成。', false, false], ['下一段。', true, false]])], 10);
    expect(blocks[0]!.text).toBe('项目名称为 Rural Revitalisation 示范工程，已经完成。');
  });
});
