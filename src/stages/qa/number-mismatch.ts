import { toHouseSpelling } from './spelling-variants.js';
import { compareNumbers, formatEnglishNumber, type Span } from '../numbers/index.js';
import { findRendering } from './find-rendering.js';
import { finding, type SegmentRule } from './qa-rule.js';

/**
 * Every figure in the Chinese appears in the English after localisation (3.2万 → 32,000,
 * 1.5亿元 → 150 million yuan). Numerals inside glossary terms (十三五, 五个一批) and the English
 * renderings of those terms are left out of the comparison. A missing figure is paired with an
 * unexplained English figure when there is one, so a changed figure reads "37467 → 37,476".
 */
/** Glossary terms with a numeral in them (五个一批, 十三五, 6个1) are terms, not figures; a unit entry such as 平方公里 is not. */
const NUMERAL = /[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億]/;

export const numberMismatch: SegmentRule = {
  id: 'number/mismatch',
  category: 'number',
  severity: 'error',
  scope: 'segment',
  description: 'A figure in the Chinese does not appear, correctly localised, in the English.',
  check(pair, context) {
    if (pair.target.trim() === '') return [];
    const numbered = pair.matches.filter((m) => NUMERAL.test(m.surface));
    const exclude: Span[] = numbered.map((m) => [m.start, m.end] as const);
    const excludeEnglish: Span[] = numbered.flatMap((m) => findRendering(pair.target, m.entry)?.spans ?? []);
    const { missing, extra } = compareNumbers(pair.source, pair.target, { exclude, excludeEnglish });
    const spare = [...extra];
    return missing.map((n) => {
      const actual = spare.shift();
      return finding(this, pair, {
        reason: actual
          ? `The figure ${n.surface} appears as "${actual.surface}" in the English.`
          : `The figure ${n.surface} is missing from the English.`,
        // The units table spells units one way; the message shows them in the project's spelling.
        expected: toHouseSpelling(formatEnglishNumber(n), context.spelling),
        ...(actual && { actual: actual.surface }),
        hint: 'Check the figure against the Chinese: 万 = 10,000, 亿 = 100 million.',
      });
    });
  },
};
