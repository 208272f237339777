export * from './number-types.js';
export { extractChineseNumbers } from './extract-chinese-numbers.js';
export { parseChineseNumeral } from './parse-chinese-numeral.js';
export { foldChineseText } from '../../text/fold-chinese-text.js';
export { extractEnglishNumbers } from './extract-english-numbers.js';
export { formatEnglishNumber, formatFigure } from './format-english-number.js';
export { compareNumbers, type CompareNumbersOptions, type CompareNumbersResult } from './compare-numbers.js';
export { numbersEquivalent } from './numbers-equivalent.js';
