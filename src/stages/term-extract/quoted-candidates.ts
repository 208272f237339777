import type { TermCandidate } from './candidate.js';

const QUOTED = /“([^“”]{1,12})”(工作法|工程|行动|计划|模式|机制)?/g;
const SENTENCE_PUNCTUATION = /[。！？；：，,.!?;:]/;
const NUMBERED = /^[一二两三四五六七八九十百千0-9]/;

/**
 * Phrases in “” (2–12 characters, not whole clauses), and a quoted code with the word that
 * follows it (“515”工作法 → 515工作法), counted over all sentences.
 */
export function quotedCandidates(sentences: readonly string[]): TermCandidate[] {
  const counts = new Map<string, number>();
  for (const text of sentences) {
    for (const m of text.matchAll(QUOTED)) {
      const inner = m[1]!;
      const term = m[2] ? `${inner}${m[2]}` : inner;
      if (SENTENCE_PUNCTUATION.test(inner) || term.length < 2 || !/\p{Script=Han}/u.test(term)) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return [...counts].map(([zh, count]) => ({
    zh,
    kind: /(工程|行动|计划)$/.test(zh) ? 'programme' : 'slogan',
    count,
    rule: 'quoted',
    reason: `${NUMBERED.test(zh) ? 'numbered slogan in quotes' : 'quoted phrase'}, seen ${count} time${count === 1 ? '' : 's'}`,
  }));
}
