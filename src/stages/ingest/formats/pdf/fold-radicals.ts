/**
 * PDFs often map a character's glyph back to the Kangxi radical (U+2F00–U+2FD5) or CJK radical
 * supplement (U+2E80–U+2EF3) code point that shares it in the font: 工作 comes out as ⼯作, 人民 as
 * ⼈⺠, 糧 as the compatibility ideograph U+F97B. They look right and are wrong to search, segment
 * or translate. Kangxi radicals and compatibility ideographs fold by their Unicode mapping (NFKC),
 * with the simplified form where a simplified font drew it; the supplement folds by this table.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门',
  '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
/** Where a simplified or a traditional font drew something else than the NFKC form. */
const SIMPLIFIED: Record<string, string> = { '⼾': '户', '⿈': '黄', '⾭': '青' };
/** Traditional fonts share one glyph between ⼾, 戶 and 户, and the PDF may name it 户. */
const TRADITIONAL: Record<string, string> = { '⾭': '青', '⻑': '長', '户': '戶' };
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;
const RADICAL_OR_SHARED = /[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff\u{2f800}-\u{2fa1f}户]/gu;

export interface FoldResult {
  text: string;
  /** How many look-alikes were folded, and the first one (for the log). */
  count: number;
  example?: string;
}

export function foldRadicals(text: string, script: 'Hans' | 'Hant'): FoldResult {
  let count = 0;
  let example: string | undefined;
  const folded = text.replace(script === 'Hans' ? RADICAL : RADICAL_OR_SHARED, (radical) => {
    const target = (script === 'Hans' ? SIMPLIFIED : TRADITIONAL)[radical] ?? SUPPLEMENT[radical] ?? radical.normalize('NFKC');
    if (target === radical) return radical;
    count++;
    example ??= `${radical} → ${target}`;
    return target;
  });
  return { text: folded, count, ...(example ? { example } : {}) };
}
