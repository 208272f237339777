import { finding, type SegmentRule } from './qa-rule.js';

/**
 * Chinese (full-width) punctuation in the English: ，。：；（）！？、《》【】「」『』… and the
 * ideographic space. Curly quotes “ ” ‘ ’ are not listed: they are the same characters in
 * English typography and appear throughout careful English text; quotes left unbalanced are
 * punctuation/brackets' business.
 */
const FULL_WIDTH = /[，。：；（）！？、《》【】「」『』〔〕〖〗～\u3000]|……/g;
const ASCII_FOR: Readonly<Record<string, string>> = {
  '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '、': ',', '《': '"', '》': '"',
  '【': '[', '】': ']', '「': '"', '」': '"', '『': "'", '』': "'", '〔': '(', '〕': ')', '～': '~', '\u3000': ' ', '……': '...',
};

export const punctuationFullWidth: SegmentRule = {
  id: 'punctuation/full-width',
  category: 'punctuation',
  severity: 'error',
  scope: 'segment',
  description: 'Chinese full-width punctuation in the English.',
  check(pair) {
    const found = [...new Set(pair.target.match(FULL_WIDTH) ?? [])];
    if (found.length === 0) return [];
    return [
      finding(this, pair, {
        reason: `Full-width punctuation in the English: ${found.map((c) => (c === '\u3000' ? 'U+3000' : c)).join(' ')}.`,
        actual: found.join(''),
        expected: found.map((c) => ASCII_FOR[c] ?? c).join(''),
        hint: 'Use English punctuation.',
      }),
    ];
  },
};
