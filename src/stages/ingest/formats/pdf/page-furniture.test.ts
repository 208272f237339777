import { describe, expect, it } from 'vitest';
import type { PdfLine } from './group-lines.js';
import { dropPageFurniture } from './page-furniture.js';

const line = (page: number, text: string, y: number): PdfLine => ({ page, text, x0: 50, x1: 50 + 10 * [...text].length, y, size: 10 });

/** Ten pages: a book head on each, a chapter head on pages 4–6 only, body lines, a page number at the foot. */
function book(): PdfLine[][] {
  return Array.from({ length: 10 }, (_, i) => {
    const n = i + 1;
    const top = n >= 4 && n <= 6 ? '第三章 产业扶贫' : '岚皋县扶贫志';
    return [line(n, top, 800), line(n, `第${n}页的正文第一行，写的是全县产业扶贫的做法和成效。`, 760), line(n, `第${n}页的正文第二行。`, 745), line(n, String(100 + n), 40)];
  });
}

describe('dropPageFurniture', () => {
  it('drops heads that recur at one height and page numbers, and logs each kind once with its page count', () => {
    const result = dropPageFurniture(book(), 'source.pdf');
    expect(result.pages.every((lines) => lines.length === 2 && lines.every((l) => l.text.includes('正文')))).toBe(true);
    expect(result.diagnostics.map((d) => d.reason)).toEqual([
      "print-running-head: running head '岚皋县扶贫志' on 7 of 10 pages; dropped",
      "print-page-number: page number 'N' on 10 of 10 pages; dropped",
      "print-running-head: running head '第三章 产业扶贫' on 3 of 10 pages; dropped",
    ]);
  });

  it('keeps a line that recurs at another height (a title the running head repeats)', () => {
    const pages = [
      [line(1, '脱贫攻坚', 800), line(1, '脱贫攻坚', 760), line(1, '正文。', 740)],
      [line(2, '脱贫攻坚', 800), line(2, '正文接着写。', 760)],
    ];
    const result = dropPageFurniture(pages, 'source.pdf');
    expect(result.pages.map((lines) => lines.map((l) => `${l.text}@${l.y}`))).toEqual([['脱贫攻坚@760', '正文。@740'], ['正文接着写。@760']]);
  });
});
