import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { createAhoCorasick } from '../glossary-match/aho-corasick.js';
import { createGlossaryMatcher } from '../glossary-match/match-glossary.js';

/**
 * Glossary terms as alignment anchors: a sentence holding a term (its zh or a variant, matched as
 * `check` and `build` match it) and a sentence holding one of its renderings (en, short, first or
 * an accepted form; whole words, any case) share the token `gl:<n>`. A term is rarer than a
 * dictionary word, so a shared one weighs more when beads are scored.
 */
export interface GlossaryAnchors {
  chinese(text: string): string[];
  english(text: string): string[];
}

export function createGlossaryAnchors(entries: readonly GlossaryEntry[]): GlossaryAnchors {
  const matcher = createGlossaryMatcher({ entries });
  const index = new Map(entries.map((e, k) => [e, k]));
  const forms: string[] = [];
  const owners: number[] = [];
  entries.forEach((e, k) => {
    for (const form of new Set([e.en, e.short, e.first, ...(e.accepted ?? [])])) {
      if (form && form.trim().length >= 3) {
        forms.push(form.trim().toLowerCase());
        owners.push(k);
      }
    }
  });
  const automaton = createAhoCorasick(forms);
  return {
    chinese: (text) => unique(matcher.match(text).map((m) => `gl:${index.get(m.entry)}`)),
    english(text) {
      if (forms.length === 0) return [];
      const lower = text.toLowerCase();
      const wordAt = (i: number): boolean => i >= 0 && i < lower.length && /[\p{L}\p{N}]/u.test(lower[i]!);
      return unique(automaton.search(lower).filter((h) => !wordAt(h.start - 1) && !wordAt(h.end)).map((h) => `gl:${owners[h.pattern]}`));
    },
  };
}

function unique(tokens: string[]): string[] {
  return [...new Set(tokens)];
}
