import type { GlossaryEntry, GlossaryMatch } from '../../model/glossary-entry.js';
import { foldTerm } from '../../text/fold-term.js';
import { createAhoCorasick, type AutomatonHit } from './aho-corasick.js';
import { foldForMatching } from '../../text/fold-for-matching.js';

export interface GlossaryMatcherOptions {
  /** Match deprecated entries too (lint reports them when found in the corpus); default false. */
  includeDeprecated?: boolean;
  /** Return every occurrence, overlapping ones included (扶贫 inside 精准扶贫), in end order; default false. */
  overlapping?: boolean;
}

export interface GlossaryMatcher {
  /** Every entry found in `text`, leftmost-longest, without overlaps, in text order. */
  match(text: string): GlossaryMatch[];
}

/**
 * Builds one Aho–Corasick automaton over every entry's zh and variants (folded: Simplified,
 * punctuation width), so a segment is scanned once however large the glossary. Overlaps are
 * resolved leftmost-longest: 精准扶贫 beats 扶贫, and 精准扶贫精准脱贫 yields both terms.
 */
export function createGlossaryMatcher(glossary: { entries: readonly GlossaryEntry[] }, options: GlossaryMatcherOptions = {}): GlossaryMatcher {
  const forms: string[] = [];
  const owners: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const entry of glossary.entries) {
    if (entry.status === 'deprecated' && !options.includeDeprecated) continue;
    for (const form of [entry.zh, ...(entry.variants ?? [])]) {
      const key = foldTerm(form);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      forms.push(key);
      owners.push(entry);
    }
  }
  const automaton = createAhoCorasick(forms);
  return {
    match(text) {
      if (forms.length === 0 || text === '') return [];
      const folded = foldForMatching(text);
      const hits = automaton.search(folded.text);
      return (options.overlapping ? hits : selectLeftmostLongest(hits)).map((hit) => {
        const start = folded.startOf[hit.start]!;
        const end = folded.endOf[hit.end - 1]!;
        return { entry: owners[hit.pattern]!, start, end, surface: text.slice(start, end) };
      });
    },
  };
}

/** Non-overlapping hits: leftmost first, the longest at each start. */
export function selectLeftmostLongest(hits: readonly AutomatonHit[]): AutomatonHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: AutomatonHit[] = [];
  let covered = 0;
  for (const hit of sorted) {
    if (hit.start < covered) continue;
    chosen.push(hit);
    covered = hit.end;
  }
  return chosen;
}
