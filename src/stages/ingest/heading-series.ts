import type { Block } from '../../model/document.js';
import type { RepairLog } from './source-line.js';

/**
 * Parallel headings such as the twelve 在…上下…功夫 of the Licheng report: when some headings of
 * a series carry ordinals from the layout, every heading of the same shape joins the series and
 * the series is numbered by position — the layout's ordinals were partly missing and partly in
 * layout order (12, 11, 10), so position is the only reliable order.
 */
export function numberHeadingSeries(blocks: Block[], log: RepairLog): void {
  const shape = (b: Block) => `${b.text[0]}|${b.text.slice(-2)}|${[...b.text].length}`;
  const hinted = new Set(blocks.filter((b) => b.type === 'heading' && b.ordinal !== undefined).map(shape));
  for (const key of hinted) {
    const series = blocks.filter((b) => b.type === 'heading' && shape(b) === key);
    if (series.length < 3) continue;
    series.forEach((block, index) => {
      const ordinal = String(index + 1);
      if (block.ordinal !== ordinal) {
        log.repair('ingest/heading-ordinal', block.sourceLine, `heading numbered ${ordinal} of ${series.length} by its position in a series of parallel headings`, block.ordinal ?? '(none)', ordinal);
      }
      block.ordinal = ordinal;
      block.level = 3;
    });
  }
}
