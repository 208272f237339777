import type { TermConstraint } from '../../backends/types.js';
import type { SegmentedDocument } from '../../model/document.js';
import type { GlossaryEntry, GlossaryMatch } from '../../model/glossary-entry.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { documentUnits } from '../../stages/segment/segment-document.js';
import { keyHash } from '../../text/segment-key.js';

export type OnlyFilter = 'missing' | 'fuzzy';

/** One distinct segment to draft: a memory key, wherever it occurs. */
export interface PendingSegment {
  /** Request id: the key's hash (one per key, so a sentence repeated across reports is sent once). */
  id: string;
  key: string;
  source: string;
  reports: string[];
  context: { before?: string; after?: string };
  terms: TermConstraint[];
}

export interface SelectSegmentsOptions {
  memory: { get(key: string): MemoryEntry | undefined };
  matchTerms?: (text: string) => GlossaryMatch[];
  /** `missing`: no entry and no fuzzy match; `fuzzy`: no entry but a fuzzy match. */
  only?: OnlyFilter;
  hasFuzzyMatch?: (key: string) => boolean;
}

/**
 * The segments a machine may draft: those whose memory entry is absent or empty. Segments
 * already drafted (a rerun resumes after them) or translated by a person are skipped.
 */
export function selectSegments(docs: readonly SegmentedDocument[], options: SelectSegmentsOptions): PendingSegment[] {
  const byKey = new Map<string, PendingSegment>();
  for (const doc of docs) {
    const units = documentUnits(doc);
    units.forEach((unit, i) => {
      const entry = options.memory.get(unit.key);
      if (entry && entry.state !== 'empty' && entry.target) return;
      const seen = byKey.get(unit.key);
      if (seen) {
        if (!seen.reports.includes(doc.meta.id)) seen.reports.push(doc.meta.id);
        return;
      }
      if (options.only && options.hasFuzzyMatch) {
        const fuzzy = options.hasFuzzyMatch(unit.key);
        if ((options.only === 'missing' && fuzzy) || (options.only === 'fuzzy' && !fuzzy)) return;
      }
      const before = units[i - 1]?.source;
      const after = units[i + 1]?.source;
      byKey.set(unit.key, {
        id: keyHash(unit.key),
        key: unit.key,
        source: unit.source,
        reports: [doc.meta.id],
        context: { ...(before ? { before } : {}), ...(after ? { after } : {}) },
        terms: termsOf(options.matchTerms?.(unit.source) ?? []),
      });
    });
  }
  return [...byKey.values()];
}

/** Glossary matches as back-end term constraints, one per entry. */
export function termsOf(matches: readonly GlossaryMatch[]): TermConstraint[] {
  const out = new Map<string, TermConstraint>();
  for (const { entry } of matches) if (!out.has(entry.zh)) out.set(entry.zh, termConstraint(entry));
  return [...out.values()];
}

function termConstraint(entry: GlossaryEntry): TermConstraint {
  return {
    zh: entry.zh,
    en: entry.en,
    ...(entry.first ? { first: entry.first } : {}),
    ...(entry.short ? { short: entry.short } : {}),
    ...(entry.accepted?.length ? { accepted: entry.accepted } : {}),
    ...(entry.forbidden?.length ? { forbidden: entry.forbidden } : {}),
  };
}
