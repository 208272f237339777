import { InputError } from '../errors.js';
import { isHumanState, stateRank, type TranslationUnit, type UnitState } from '../model/unit.js';
import { segmentBase } from '../stages/render/bilingual-edition.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { segmentKey } from '../text/segment-key.js';
import type { TranslationMemory } from '../stores/memory-jsonl.js';
import { updateMemory } from '../stores/update-memory.js';
import { decideImport } from '../stores/memory-merge.js';
import { FILE_SIZE_LIMITS, readUserFile } from '../stores/read-user-file.js';
import { parseXliff, type XliffDocument, type XliffUnit } from '../stores/xliff.js';
import { loadSegmentedReport, resolveReports } from './corpus.js';
import { formatImportConflict } from './import-conflict.js';
import { memoryBase } from './xliff-export.js';
import { applyFootnote, decideUnitFootnote } from './xliff-import-footnote.js';

export interface ImportXliffOptions {
  dryRun?: boolean;
  /** The report a file that names none belongs to (a file another tool re-wrote, a PO file). */
  report?: string;
}

export interface ImportXliffResult {
  reports: string[];
  updated: number;
  unchanged: number;
  /** Units not imported, each with file, unit id, the reason and both texts. */
  conflicts: string[];
}

type EditedUnit = XliffUnit & { target: string };
type UnitOutcome = 'updated' | 'unchanged' | { conflict: string };

/**
 * Brings edited XLIFF targets back into the memory, resolving unit ids against the report the
 * file names. The dz:base each unit was exported with tells an edit from a stale copy: a unit
 * whose state and English are as exported is a no-op; a unit edited in the file whose memory
 * entry holds other human English than at export is a conflict (someone changed it since). Changed
 * English becomes `translated` (or the file's state when higher), origin `manual`; the same English
 * with a higher state raises the state. A unit whose id or source no longer matches the report,
 * that would lower a human state, or that has no dz:base and differs from human English, is a
 * conflict: listed with both texts, nothing changed for it. The translator's note (a note on the
 * target) follows the same rule with its own base, dz:footnote-base (decideUnitFootnote): added,
 * edited or deleted in the file it is added, changed or removed in the memory.
 */
export async function importXliff(root: string, file: string, options: ImportXliffOptions = {}): Promise<ImportXliffResult> {
  const xml = await readUserFile(file, {
    maxBytes: FILE_SIZE_LIMITS.xliffImport,
    sizeHint: 'Export and import one report per XLIFF file (duizhao xliff export <slug>).',
    textHint: 'Save the XLIFF from the translation tool as UTF-8.',
  });
  return importEditedUnits(root, file, parseXliff(xml, file), options);
}

/**
 * The import rules above for documents read from any exchange file (XLIFF, PO). A unit is matched
 * to the report's segment by id, else by its Chinese (a tool that re-wrote the file may renumber
 * units). Units without Chinese (a PO header po2xliff turned into a unit) and units whose target
 * is empty or still a copy of the Chinese (left untranslated in a tool) change nothing.
 */
export async function importEditedUnits(root: string, file: string, docs: XliffDocument[], options: ImportXliffOptions = {}): Promise<ImportXliffResult> {
  const reports = new Map<string, ReportSegments>();
  const slugs = docs.map((doc) => reportOf(doc, file, options.report));
  for (const slug of new Set(slugs)) {
    await resolveReports(root, [slug]);
    const units = documentUnits(await loadSegmentedReport(root, slug));
    reports.set(slug, { byId: new Map(units.map((u) => [u.id, u])), byKey: new Map(units.map((u) => [u.key, u])) });
  }
  // Decided under the lock against the memory as it is now (see updateMemory).
  return updateMemory(root, (memory) => {
    const result: ImportXliffResult = { reports: [...new Set(slugs)], updated: 0, unchanged: 0, conflicts: [] };
    docs.forEach((doc, i) => {
      const report = slugs[i]!;
      const segments = reports.get(report)!;
      const seen = new Map<string, EditedUnit>();
      for (const unit of doc.units.filter((u) => u.source.trim())) {
        const segment = segments.byId.get(unit.id) ?? segments.byKey.get(segmentKey(unit.source));
        const outcome = importUnit(memory, { at: `${file}: unit ${unit.id}`, report, segment, seen }, unit);
        if (typeof outcome === 'string') result[outcome]++;
        else result.conflicts.push(outcome.conflict);
      }
    });
    return result;
  }, { commit: () => !options.dryRun });
}

interface ReportSegments {
  byId: Map<string, TranslationUnit>;
  byKey: Map<string, TranslationUnit>;
}

function reportOf(doc: XliffDocument, file: string, option: string | undefined): string {
  if (doc.report && option && doc.report !== option) {
    throw new InputError('xliff/report-mismatch', `${file}: the file is for report ${doc.report}, not ${option}.`, { hint: `Leave out --report, or pass --report ${doc.report}.` });
  }
  const report = doc.report || option;
  if (!report) {
    throw new InputError('xliff/no-report', `${file}: a <file> names no report.`, {
      hint: 'Pass the report with --report <slug>, or export with duizhao xliff export <slug>: it sets dz:report and original="corpus/<slug>/zh.md".',
    });
  }
  return report;
}

interface UnitContext {
  at: string;
  report: string;
  segment: TranslationUnit | undefined;
  /** Units already read, by memory key: the same Chinese twice must not carry two Englishes. */
  seen: Map<string, EditedUnit>;
}

function importUnit(memory: TranslationMemory, context: UnitContext, unit: XliffUnit): UnitOutcome {
  const { at, report, segment } = context;
  if (!segment) return { conflict: `${at}: ${report} has no segment with this id or this Chinese (the report changed since the export); not imported.` };
  if (segmentKey(unit.source) !== segment.key) return { conflict: `${at}: the source no longer matches the report's segment "${segment.source}"; not imported.` };
  const note = decideUnitFootnote(memory, segment.key, unit);
  if (note.kind === 'conflict') return { conflict: `${at}: ${note.what}` };
  const english = importEnglish(memory, { ...context, segment }, unit);
  if (note.kind === 'keep' || typeof english === 'object') return english;
  const written = applyFootnote(memory, segment.key, note.footnote, report);
  return typeof written === 'object' ? { conflict: `${at}: ${written.conflict}` } : written;
}

/** The English of one unit (the rules of importXliff). */
function importEnglish(memory: TranslationMemory, { at, report, segment, seen }: UnitContext & { segment: TranslationUnit }, unit: XliffUnit): UnitOutcome {
  if (unit.target === undefined || !unit.target.trim() || unit.target.trim() === unit.source.trim() || unchangedSinceExport(unit)) return 'unchanged';
  const earlier = seen.get(segment.key);
  if (earlier && earlier.target !== unit.target) {
    return { conflict: `${at}: the same Chinese has different English in unit ${earlier.id} earlier in the file; not imported.\n    unit ${earlier.id}: ${earlier.target}\n    unit ${unit.id}: ${unit.target}` };
  }
  seen.set(segment.key, unit as EditedUnit);
  return applyUnit(memory, segment, unit as EditedUnit, report, at);
}

/** The unit's state and English are what was exported (a tool that dropped the state changed nothing). */
function unchangedSinceExport(unit: XliffUnit): boolean {
  return unit.base !== undefined && segmentBase(unit.state ?? unit.exportedState ?? 'empty', unit.target ?? '') === unit.base;
}

/** Applies one edited unit through decideImport, with the export base standing in for --overwrite. */
function applyUnit(memory: TranslationMemory, segment: TranslationUnit, unit: EditedUnit, report: string, at: string): UnitOutcome {
  const current = memory.get(segment.key);
  const edited: UnitState = unit.state && stateRank(unit.state) > stateRank('translated') ? unit.state : 'translated';
  const state = current?.target === unit.target ? (unit.state ?? current.state) : edited;
  const incoming = { target: unit.target, state, origin: 'manual' };
  const decision = decideImport(current, incoming, unit.base === undefined ? 'never' : 'always');
  if (decision === 'keep') return 'unchanged';
  const stale = unit.base !== undefined && current !== undefined && isHumanState(current.state) && memoryBase(current) !== unit.base;
  if (current && stale && decision !== 'raise-state') return { conflict: formatImportConflict(at, STALE, current, incoming) };
  if (current && typeof decision === 'object') return { conflict: formatImportConflict(at, decision.conflict === 'lower' ? lower(current.state, state) : NO_BASE, current, incoming) };
  if (current && decision === 'raise-state') {
    const { created: _created, updated: _updated, ...kept } = current;
    memory.upsert({ ...kept, state, reports: [report] });
    return 'updated';
  }
  const outcome = memory.upsert({
    key: segment.key, source: current?.source ?? segment.source, target: unit.target, state, origin: 'manual', reports: [report],
    ...(current?.note !== undefined ? { note: current.note } : {}),
  });
  if (outcome === 'refused') return { conflict: `${at}: a higher-state translation is in the memory; not replaced.` };
  return outcome === 'unchanged' ? 'unchanged' : 'updated';
}

const STALE = "the memory's English changed since this file was exported; not imported. Keep your edit, export the report again (duizhao xliff export) and re-apply it there.";
const NO_BASE = 'this unit has no dz:base (the file was not written by duizhao xliff export, or a tool dropped the attribute), so duizhao cannot tell whether the memory changed since; not replaced. Export the report again and redo the edit there, or use duizhao memory import --overwrite.';
const lower = (stored: UnitState, incoming: UnitState): string =>
  `the memory has ${stored} English and the edited unit is only ${incoming}; not replaced. Mark the unit as reviewed (signed-off) or final to replace it.`;
