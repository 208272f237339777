import type { MemoryEntry } from '../../model/memory-entry.js';
import type { Suggestion, TranslationUnit } from '../../model/unit.js';
import type { MemoryLookup } from './memory-lookup.js';

export interface LookupOptions {
  lookup: MemoryLookup;
  /** Adapts a fuzzy match's English to the new source (numbers, glossary terms). */
  adapt?: (source: string, match: MemoryEntry) => { target: string; adaptations: string[] };
}

/**
 * Fills each unit from the memory: an exact key match gives the target with the entry's state and
 * origin; otherwise the lookup's suggestions (the fuzzy ones adapted where the difference is
 * mechanical, and marked so), state staying empty.
 */
export function lookupUnits(units: TranslationUnit[], options: LookupOptions): void {
  for (const unit of units) {
    const exact = options.lookup.get(unit.key);
    if (exact && exact.target && exact.state !== 'empty') {
      unit.target = exact.target;
      unit.state = exact.state;
      unit.origin = exact.origin;
      if (exact.note) unit.notes.push(exact.note);
      if (exact.footnote) unit.footnote = exact.footnote;
      for (const flag of exact.flags ?? []) unit.notes.push(`flag: ${flag}`);
      continue;
    }
    const suggestions: Suggestion[] = options.lookup.suggestions(unit.key).map(({ entry, score }) => {
      if (score === undefined) return { target: entry.target, origin: entry.origin, fromKey: entry.key };
      const adapted = options.adapt?.(unit.source, entry) ?? { target: entry.target, adaptations: [] };
      return {
        target: adapted.target,
        origin: `memory-fuzzy:${Math.floor(score)}`,
        score,
        fromKey: entry.key,
        ...(adapted.adaptations.length ? { adaptations: adapted.adaptations } : {}),
      };
    });
    if (suggestions.length) unit.suggestions = suggestions;
  }
}
