import { toSimplified } from '../text/script.js';
import type { TermConstraint } from './types.js';

export interface ProtectedText {
  text: string;
  slots: Array<{ token: string; term: TermConstraint }>;
}

/**
 * Replaces each glossary term in a Chinese segment with a placeholder (`⟦T1⟧`, `⟦T2⟧`…) that a
 * machine translator copies through, so the glossary English can be put back afterwards.
 * Longest terms first (精准扶贫 before 扶贫); Traditional text is matched through its Simplified
 * form when the conversion keeps the length.
 */
export function protectTerms(source: string, terms: readonly TermConstraint[]): ProtectedText {
  const simplified = toSimplified(source);
  const lookup = simplified.length === source.length ? simplified : source;
  const covered = new Array<boolean>(source.length).fill(false);
  const hits: Array<{ start: number; end: number; term: TermConstraint }> = [];
  for (const term of [...terms].sort((a, b) => b.zh.length - a.zh.length)) {
    if (!term.zh) continue;
    for (let at = lookup.indexOf(term.zh); at >= 0; at = lookup.indexOf(term.zh, at + 1)) {
      const end = at + term.zh.length;
      if (covered.slice(at, end).some(Boolean)) continue;
      covered.fill(true, at, end);
      hits.push({ start: at, end, term });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const slots: ProtectedText['slots'] = [];
  let text = '';
  let cursor = 0;
  for (const hit of hits) {
    let slot = slots.find((s) => s.term.zh === hit.term.zh);
    if (!slot) slots.push((slot = { token: `⟦T${slots.length + 1}⟧`, term: hit.term }));
    text += `${source.slice(cursor, hit.start)}${slot.token}`;
    cursor = hit.end;
  }
  return { text: text + source.slice(cursor), slots };
}

export interface RestoredText {
  text: string;
  /** Review flags for placeholders the translator lost. */
  problems: string[];
}

/** Puts the glossary English back for each placeholder; tolerant of spaces and bracket shapes. */
export function restoreTerms(target: string, slots: ProtectedText['slots']): RestoredText {
  let text = target;
  const problems: string[] = [];
  for (const { token, term } of slots) {
    const n = token.slice(2, -1);
    const pattern = new RegExp(`[⟦\\[【［]\\s*T\\s*${n}(?!\\d)\\s*[⟧\\]】］]`, 'gi');
    if (!pattern.test(text)) problems.push(`placeholder/lost: ${token} for ${term.zh} ("${term.en}") is missing from the translation`);
    text = text.replace(pattern, term.en);
  }
  return { text: text.replace(/\s{2,}/g, ' ').trim(), problems };
}
