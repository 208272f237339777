import type { Span } from './number-types.js';

/**
 * Words and set phrases that contain numerals but are not figures: 一些 "some", 统一 "unify",
 * 一线 "front line", 第一书记 "first secretary" (a title), 千方百计 "by every means", enumeration
 * markers 一是/二是, and slogans that belong to the glossary (十三五, 五个一批, 两不愁三保障).
 * Numerals inside one of these are skipped; the glossary list passed by the caller adds more.
 */
export const NON_NUMBER_WORDS: readonly string[] = [
  // adverbs, verbs and adjectives built on 一
  '一些', '一定', '统一', '一线', '一起', '一直', '一样', '一切', '一致', '一般', '一度', '一系列',
  '一体化', '一体', '一道', '一方面', '另一方面', '一旦', '一举', '一律', '一流', '一手', '一心', '一同', '进一步',
  '逐一', '唯一', '万一', '一把手', '一站式', '一条龙', '一带一路', '一盘棋', '一揽子', '一贯',
  '一时', '一向', '一再', '一边', '一面', '一齐', '一番', '一点', '一味', '一级', '一身', '一把',
  '一大批', '一批批', '一项项', '一条条', '一个个', '一次次', '一年年', '一步步', '一片片',
  '第一时间', '第一线', '第一书记', '第一要素', '第一民生', '一二三产业', '一二三产',
  '第二天', '第二年', '第二日', '一类县', '一类', '二类', '三类',
  // idioms and set phrases
  '千方百计', '成千上万', '千家万户', '千山万水', '千辛万苦', '万众一心', '一心一意', '一鼓作气',
  '三心二意', '四面八方', '五湖四海', '四梁八柱', '一池春水', '七上八下', '十全十美', '一五一十',
  '万无一失', '一针一线', '一草一木', '一砖一瓦', '一言一行', '一心为民', '一以贯之', '百姓',
  '一年一个', '五年夺取', '十九大', '二十大', '十八大', '三农', '三资', '两委', '两会',
  '两学一做', '双百', '百年', '两个一百年', '四个全面', '四个意识', '四个自信', '两个维护',
  '两个确保', '三大攻坚战', '四好农村路', '四好', '一村一品', '一乡一业', '一户一策', '六个精准',
  '五个一批', '两不愁', '三保障', '十三五', '十四五', '十二五', '一是', '二是', '三是', '四是',
  '十一黄金周', '“十一”', '十一期间', '十一假期', '十一长假', '二十国集团', '五位一体', '第一产业', '第二产业',
  '第三产业', '一一', '三一重工', '五是', '六是', '七是', '八是', '九是', '十是', '一要', '二要', '三要', '其一', '其二',
];

/** [start, end) spans of every NON_NUMBER_WORDS occurrence in (folded) text. */
export function nonNumberSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const word of NON_NUMBER_WORDS) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) spans.push([i, i + word.length]);
  }
  return spans;
}

export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => s < end && start < e);
}
