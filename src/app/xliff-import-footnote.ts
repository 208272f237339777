import { footnoteBase } from '../stages/render/bilingual-edition.js';
import type { TranslationMemory } from '../stores/memory-jsonl.js';
import type { XliffUnit } from '../stores/xliff.js';
import { decideFootnote, type FootnoteDecision } from './decide-footnote.js';

/**
 * What an imported unit does to the segment's translator's note (decideFootnote). Its base is the
 * unit's dz:footnote-base; a unit exported by duizhao (dz:base) without one had no note. A unit from
 * another tool (no dz:base) that carries no note leaves the memory's note alone.
 */
export function decideUnitFootnote(memory: TranslationMemory, key: string, unit: XliffUnit): FootnoteDecision {
  const base = unit.footnoteBase ?? (unit.base !== undefined ? footnoteBase('') : undefined);
  if (unit.footnote === undefined && base === undefined) return { kind: 'keep' };
  return decideFootnote(unit.footnote ?? '', base, memory.get(key)?.footnote ?? '');
}

/** Writes a decided note ('' removes it) on the entry, keeping its English, state and origin. */
export function applyFootnote(memory: TranslationMemory, key: string, footnote: string, report: string): 'updated' | { conflict: string } {
  const entry = memory.get(key);
  if (!entry?.target) return { conflict: "the unit has a translator's note but no English to go with it; not imported. Translate the unit too." };
  const { created: _created, updated: _updated, ...kept } = entry;
  memory.upsert({ ...kept, footnote, reports: [report] });
  return 'updated';
}
