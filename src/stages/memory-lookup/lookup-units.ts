import type { MemoryEntry } from '../../model/memory-entry.js';
import type { Suggestion, TranslationUnit } from '../../model/unit.js';
import type { FuzzyIndex } from './fuzzy-index.js';

export interface MemoryView {
  get(key: string): MemoryEntry | undefined;
}

export interface LookupOptions {
  memory: MemoryView;
  /** Index over `keys` (the memory's keys in a fixed order). */
  index: FuzzyIndex;
  keys: readonly string[];
  threshold?: number;
  /** Adapts a fuzzy match's English to the new source (numbers, glossary terms). */
  adapt?: (source: string, match: MemoryEntry) => { target: string; adaptations: string[] };
}

/**
 * Fills each unit from the memory: an exact key match gives the target with the entry's state and
 * origin; otherwise the best fuzzy matches become suggestions (state stays empty), adapted where
 * the difference is mechanical and marked so.
 */
export function lookupUnits(units: TranslationUnit[], options: LookupOptions): void {
  for (const unit of units) {
    const exact = options.memory.get(unit.key);
    if (exact && exact.target && exact.state !== 'empty') {
      unit.target = exact.target;
      unit.state = exact.state;
      unit.origin = exact.origin;
      if (exact.note) unit.notes.push(exact.note);
      if (exact.footnote) unit.footnote = exact.footnote;
      for (const flag of exact.flags ?? []) unit.notes.push(`flag: ${flag}`);
      continue;
    }
    const hits = options.index.search(unit.key, { threshold: options.threshold ?? 75, limit: 3 });
    const suggestions: Suggestion[] = [];
    for (const hit of hits) {
      const entry = options.memory.get(options.keys[hit.index]!);
      if (!entry || !entry.target || entry.key === unit.key) continue;
      const adapted = options.adapt?.(unit.source, entry) ?? { target: entry.target, adaptations: [] };
      suggestions.push({
        target: adapted.target,
        origin: `memory-fuzzy:${Math.floor(hit.score)}`,
        score: hit.score,
        fromKey: entry.key,
        ...(adapted.adaptations.length ? { adaptations: adapted.adaptations } : {}),
      });
    }
    if (exact?.target) suggestions.unshift({ target: exact.target, origin: exact.origin, fromKey: exact.key });
    if (suggestions.length) unit.suggestions = suggestions;
  }
}
