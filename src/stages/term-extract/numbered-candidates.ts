import type { TermCandidate } from './candidate.js';
import { createSubstringStats, isHan, selectByResidualCount } from './substring-stats.js';

const NUMERAL = '一二两三四五六七八九十百千0123456789';
const NUMBERED = new RegExp(`^[${NUMERAL}]+(?:个|大|项|条|种|支|批|不|率|级|色|保障|度|有|无|化|清|到|字|心|好|联|包|帮|定|查|看|落实|统一|覆盖|工作法)`);
/** Counted things, not slogans: 两个月, 5个镇, 24.5个百分点. */
const QUANTITY = /^[一二两三四五六七八九十百千0-9]+(?:个|项|条|种|支|批|级)?(?:百分点|月|年|小时|天|人|户|村|乡|镇|县|亩|元|万|亿|次|名|家|处|座|所|方面|多)/;
/** 一个, 一项… read as the article "a", not a slogan numeral. */
const ARTICLE = /^一(?:个|项|条|种|支|批|大)/;
const NUMBER_START = new RegExp(`[${NUMERAL}]`);

/**
 * Numbered slogans such as 五个一批, 四个不摘, 两不愁三保障, 三率一度, 6个1, 515工作法: strings
 * that start at a numeral run with a counter or slogan marker, seen at least twice, ending where
 * what follows varies (right accessor variety ≥ 2).
 */
export function numberedCandidates(sentences: readonly string[]): TermCandidate[] {
  const stats = createSubstringStats();
  for (const text of sentences) {
    for (let i = 0; i < text.length; i++) {
      if (!NUMBER_START.test(text[i]!) || NUMBER_START.test(text[i - 1] ?? '')) continue;
      for (let end = i + 2; end <= Math.min(text.length, i + 8); end++) {
        const c = text[end - 1]!;
        if (!isHan(c) && !/[0-9]/.test(c)) break;
        if (NUMBERED.test(text.slice(i, end))) stats.add(text, i, end);
      }
    }
  }
  const kept = stats.entries()
    .filter((s) => s.length >= 3 && stats.count(s) >= 2 && stats.variety(s, 'right') >= 2 && !QUANTITY.test(s) && !ARTICLE.test(s))
    .filter((s) => !/^[0-9]/.test(s) || /[0-9].*\D.*[0-9]|工作法$/.test(s));
  return selectByResidualCount(kept, stats.count)
    .map((zh) => ({ zh, kind: 'slogan', count: stats.count(zh), rule: 'numbered', reason: `numbered slogan, seen ${stats.count(zh)} times` }));
}
