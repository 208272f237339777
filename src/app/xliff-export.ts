import type { GlossaryMatch } from '../model/glossary-entry.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import type { TranslationUnit } from '../model/unit.js';
import { footnoteBase, segmentBase, shownFootnote } from '../stages/render/bilingual-edition.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { exportXliff, type ExportXliffOptions, type XliffDocument, type XliffUnit } from '../stores/xliff.js';
import { resolveReports } from './corpus.js';
import { openReportFiller } from './fill-from-memory.js';

export interface ExportReportXliffResult {
  xml: string;
  units: number;
  /** Units written with a target (an exact memory match). */
  withTarget: number;
}

/**
 * One report as XLIFF for a CAT tool: a unit per segment (id = segment id), the memory's English
 * and state where the memory has the segment, the glossary entries found in it as notes
 * (`glossary: 精准扶贫 = targeted poverty alleviation`), the translator's note as a note on the
 * target with its hash (dz:footnote-base), fuzzy memory matches as <alt-trans>, and the unit's
 * base (memoryBase of its entry) so that importing tells edits from stale copies.
 */
export async function exportReportXliff(root: string, slug: string, options: ExportXliffOptions = {}): Promise<ExportReportXliffResult> {
  const doc = await reportExchangeDocument(root, slug);
  const xml = exportXliff(doc, options);
  return { xml, units: doc.units.length, withTarget: doc.units.filter((u) => u.target !== undefined).length };
}

/** The report's units as an exchange document (XLIFF, PO): see exportReportXliff. */
export async function reportExchangeDocument(root: string, slug: string): Promise<XliffDocument> {
  await resolveReports(root, [slug]);
  const filler = await openReportFiller(root);
  const doc = await filler.fill(slug);
  const segments = documentUnits(doc);
  const units = segments.map((unit) => ({ ...xliffUnit(unit), base: memoryBase(filler.memory.get(unit.key)) }));
  const revised = segments.map((u) => filler.memory.get(u.key)?.updated ?? '').sort().at(-1);
  return { report: slug, original: `corpus/${slug}/zh.md`, sourceLang: `zh-${doc.meta.script}`, units, ...(revised ? { revised } : {}) };
}

function xliffUnit(unit: TranslationUnit): XliffUnit {
  const fuzzy = (unit.suggestions ?? []).filter((s) => s.origin.startsWith('memory-fuzzy'));
  const footnote = shownFootnote(unit);
  return {
    id: unit.id,
    source: unit.source,
    ...(unit.target ? { target: unit.target } : {}),
    state: unit.target ? unit.state : 'empty',
    ...(unit.target && unit.origin ? { origin: unit.origin } : {}),
    notes: [...unit.notes, ...glossaryNotes(unit.terms ?? [])],
    ...(footnote ? { footnote, footnoteBase: footnoteBase(footnote) } : {}),
    ...(fuzzy.length ? { alternatives: fuzzy.map((s) => ({ target: s.target, origin: s.origin, ...(s.score !== undefined ? { score: s.score } : {}) })) } : {}),
  };
}

/**
 * What the memory holds for a segment, as a hash of the state and English an export shows for it
 * (the hash sync writes in its edition markers): an empty unit when the entry has no English.
 */
export function memoryBase(entry: MemoryEntry | undefined): string {
  return entry && entry.target && entry.state !== 'empty' ? segmentBase(entry.state, entry.target) : segmentBase('empty', '');
}

/** One note per glossary entry found in the segment, in text order. */
export function glossaryNotes(terms: readonly GlossaryMatch[]): string[] {
  const notes = terms.map((t) => `glossary: ${t.entry.zh} = ${t.entry.en}`);
  return [...new Set(notes)];
}
