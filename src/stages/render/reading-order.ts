import type { SegmentedParagraph } from '../../model/document.js';

/**
 * The order an English reader gets the blocks in. Two layouts of the received text are fixed:
 * - the headline first (a report whose title was lost opens with its subtitle, see headlineParagraph);
 * - an author line printed *before* the headline of its piece (职务 姓名, then the heading), as
 *   series pages in county papers do, goes under that headline, where an English reader expects
 *   a byline; otherwise it reads as the end of the previous piece. A credit in brackets
 *   (（记者 某某）) closes the piece before it and stays where it is.
 */
export function readingOrder(paragraphs: readonly SegmentedParagraph[], headline?: SegmentedParagraph): SegmentedParagraph[] {
  const out = headline ? [headline, ...paragraphs.filter((p) => p !== headline)] : [...paragraphs];
  for (let i = 0; i + 1 < out.length; i++) {
    const [byline, next] = [out[i]!, out[i + 1]!];
    if (byline.block.type === 'byline' && next.block.type === 'heading' && !/^[（(]/u.test(byline.block.text.trim())) {
      out[i] = next;
      out[i + 1] = byline;
      i++;
    }
  }
  return out;
}
