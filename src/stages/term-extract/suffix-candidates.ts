import type { GlossaryKind } from '../../model/glossary-entry.js';
import { STOP_START, type TermCandidate } from './candidate.js';
import { createSubstringStats, isHan, selectByResidualCount } from './substring-stats.js';

const NAME_SUFFIXES: Record<string, GlossaryKind> = {
  工程: 'programme', 计划: 'programme', 行动: 'programme', 工作队: 'institution', 合作社: 'institution', 中心: 'institution',
  基地: 'institution', 园区: 'institution', 车间: 'institution', 办: 'institution', 局: 'institution', 委: 'institution',
  机制: 'policy', 模式: 'policy', 政策: 'policy',
};
const PLACE_SUFFIXES: Record<string, GlossaryKind> = { 县: 'place', 乡: 'place', 镇: 'place', 村: 'place', 市: 'place', 省: 'place' };
/** A following character that makes the suffix part of another word: 办法, 局面, 委员, 中心村. */
const NOT_FOLLOWED_BY: Record<string, string> = { 办: '法理公事好学实', 局: '面部势长', 委: '员托屈婉', 中心: '村', 计划: '生', 政策: '性', 乡: '村镇亲', 县: '乡委城域级', 村: '民级庄', 镇: '村', 市: '场民级', 省: '级委' };
/** Common words ending like a name: 格局, 举办, 乡村, 驻村… */
const COMMON = /(?:格局|全局|大局|布局|入局|举办|创办|兴办|开办|主办|承办|乡村|农村|城乡|山村|新村|驻村|进村|入村|到村|下乡|城市|都市|省市|市县|县乡|乡镇)$/;
/** Words inside common place nouns: 贫困村, 行政村, 示范村, 安置村… */
const GENERIC_PLACE = /贫困|重点|示范|行政|自然|中心|出列|深度|安置|脱贫|非|[县乡镇村市省个各每全本该我一两名]/;
/** Last characters of a verb or measure word before a place suffix: 推进乡, 实现村, 作为村. */
const NOT_PLACE_END = new Set([...'驻进下到入施现为任置范因接推实作给在向']);

interface SuffixRule {
  suffixes: Record<string, GlossaryKind>;
  maxLength: number;
  rule: TermCandidate['rule'];
  accept: (body: string, suffix: string) => boolean;
}

/**
 * Names that end in a type word: programmes and institutions (…工程, …合作社, …扶贫办) and places
 * (…县, …镇, …村). A candidate is seen at least twice, after varied characters (left accessor
 * variety ≥ 2); the longest such name wins and a shorter one needs two sightings of its own.
 */
function suffixCandidates(sentences: readonly string[], { suffixes, maxLength, rule, accept }: SuffixRule): TermCandidate[] {
  const stats = createSubstringStats();
  const suffixOf = new Map<string, string>();
  for (const text of sentences) {
    for (const suffix of Object.keys(suffixes)) {
      for (let p = text.indexOf(suffix); p >= 0; p = text.indexOf(suffix, p + 1)) {
        const end = p + suffix.length;
        if (NOT_FOLLOWED_BY[suffix]?.includes(text[end] ?? '\0')) continue;
        for (let start = p - 1; start >= Math.max(0, end - maxLength) && isHan(text[start]); start--) {
          stats.add(text, start, end);
          suffixOf.set(text.slice(start, end), suffix);
        }
      }
    }
  }
  const kept = stats.entries().filter((s) => {
    const suffix = suffixOf.get(s)!;
    return stats.count(s) >= 2 && stats.variety(s, 'left') >= 2 && !STOP_START.has(s[0]!) && !COMMON.test(s) && !/[和与及、]/.test(s) && accept(s.slice(0, -suffix.length), suffix);
  });
  const chosen = selectByResidualCount(kept, stats.count);
  // 成为沁县 (2) beside 沁县 (49): a longer string around a much more frequent name is context, not a name.
  const named = chosen.filter((s) => !chosen.some((t) => t.length < s.length && s.endsWith(t) && stats.count(t) >= 4 * stats.count(s)));
  return named.map((zh) => {
    const suffix = suffixOf.get(zh)!;
    const count = stats.count(zh);
    return { zh, kind: suffixes[suffix]!, count, rule, reason: `${rule === 'place' ? 'place name' : 'name'} ending in ${suffix}, seen ${count} times` };
  });
}

export function nameCandidates(sentences: readonly string[]): TermCandidate[] {
  // A one-character body only for Party committees (县委, 党委); else 贫政策 would pass.
  const accept = (body: string, suffix: string): boolean => body.length >= 2 || suffix === '委';
  return suffixCandidates(sentences, { suffixes: NAME_SUFFIXES, maxLength: 12, rule: 'name-suffix', accept });
}

export function placeCandidates(sentences: readonly string[]): TermCandidate[] {
  const accept = (body: string): boolean => !GENERIC_PLACE.test(body) && !NOT_PLACE_END.has(body[body.length - 1]!);
  return suffixCandidates(sentences, { suffixes: PLACE_SUFFIXES, maxLength: 5, rule: 'place', accept });
}
