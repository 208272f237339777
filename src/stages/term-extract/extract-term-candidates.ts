import { segmentKey } from '../../text/segment-key.js';
import type { TermCandidate } from './candidate.js';
import { numberedCandidates } from './numbered-candidates.js';
import { personCandidates } from './person-candidates.js';
import { quotedCandidates } from './quoted-candidates.js';
import { nameCandidates, placeCandidates } from './suffix-candidates.js';

export type { TermCandidate } from './candidate.js';

export interface ExtractTermCandidatesOptions {
  /** True for terms the glossary already has (as zh or variant, or inside a longer entry). */
  isCovered?: (zh: string) => boolean;
  limit?: number;
}

const TYPE_WORD = /(?:工作法|工程|行动|计划|模式|机制)$/;

/** 五个一批工程 (a covered term + a type word) and 六个精准、五个一批 (a list of covered terms) add nothing. */
function coveredInParts(zh: string, covered: (zh: string) => boolean): boolean {
  const base = zh.replace(TYPE_WORD, '');
  if (base !== zh && base.length >= 2 && covered(base)) return true;
  const parts = zh.split('、');
  return parts.length > 1 && parts.every((p) => p.length > 0 && covered(p));
}

const RULE_ORDER: TermCandidate['rule'][] = ['numbered', 'quoted', 'name-suffix', 'person', 'place'];

/**
 * Candidate glossary terms in Chinese sentences (any script, either punctuation width), each with
 * a reason, most frequent first. One candidate per term: the first rule in RULE_ORDER that found it.
 */
export function extractTermCandidates(sentences: readonly string[], options: ExtractTermCandidatesOptions = {}): TermCandidate[] {
  const texts = sentences.map(segmentKey);
  const found = [numberedCandidates(texts), quotedCandidates(texts), nameCandidates(texts), personCandidates(texts), placeCandidates(texts)].flat();
  const best = new Map<string, TermCandidate>();
  for (const c of found) {
    const other = best.get(c.zh);
    if (!other || RULE_ORDER.indexOf(c.rule) < RULE_ORDER.indexOf(other.rule)) best.set(c.zh, other ? { ...c, count: Math.max(c.count, other.count) } : c);
  }
  const covered = options.isCovered ?? (() => false);
  const ranked = [...best.values()]
    .filter((c) => !covered(c.zh) && !coveredInParts(c.zh, covered) && !(c.rule === 'quoted' && c.zh.length === 2 && c.count < 2))
    .sort((a, b) => b.count - a.count || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
