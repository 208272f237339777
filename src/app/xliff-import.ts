import { InputError } from '../errors.js';
import { stateRank, wouldDowngrade, type TranslationUnit, type UnitState } from '../model/unit.js';
import { documentUnits } from '../stages/segment/segment-document.js';
import { segmentKey } from '../stages/segment/segment-key.js';
import { loadMemory, type TranslationMemory } from '../stores/memory-jsonl.js';
import { FILE_SIZE_LIMITS, readUserFile } from '../stores/read-user-file.js';
import { parseXliff, type XliffUnit } from '../stores/xliff.js';
import { loadSegmentedReport, resolveReports } from './corpus.js';

export interface ImportXliffOptions {
  dryRun?: boolean;
}

export interface ImportXliffResult {
  reports: string[];
  updated: number;
  unchanged: number;
  /** Units not imported, each with file, unit id and the reason. */
  conflicts: string[];
}

/**
 * Brings edited XLIFF targets back into the memory, resolving unit ids against the report the
 * file names. Changed English becomes `translated` (or the file's state when higher), origin
 * `manual`; the same English with a higher state raises the state. A unit whose id or source no
 * longer matches the report, or whose English would replace a higher human state, is a conflict:
 * listed, nothing changed for it.
 */
export async function importXliff(root: string, file: string, options: ImportXliffOptions = {}): Promise<ImportXliffResult> {
  const xml = await readUserFile(file, {
    maxBytes: FILE_SIZE_LIMITS.xliffImport,
    sizeHint: 'Export and import one report per XLIFF file (duizhao xliff export <slug>).',
    textHint: 'Save the XLIFF from the translation tool as UTF-8.',
  });
  const memory = await loadMemory(root);
  const result: ImportXliffResult = { reports: [], updated: 0, unchanged: 0, conflicts: [] };
  for (const doc of parseXliff(xml, file)) {
    if (!doc.report) {
      throw new InputError('xliff/no-report', `${file}: a <file> names no report.`, { hint: 'Export with duizhao xliff export <slug>: it sets dz:report and original="corpus/<slug>/zh.md".' });
    }
    await resolveReports(root, [doc.report]);
    const segments = new Map(documentUnits(await loadSegmentedReport(root, doc.report)).map((u) => [u.id, u]));
    const seen = new Map<string, string>();
    result.reports.push(doc.report);
    for (const unit of doc.units) {
      const at = `${file}: unit ${unit.id}`;
      const segment = segments.get(unit.id);
      if (!segment) result.conflicts.push(`${at}: ${doc.report} has no segment with this id (the report changed since the export); not imported.`);
      else if (segmentKey(unit.source) !== segment.key) result.conflicts.push(`${at}: the source no longer matches the report's segment "${segment.source}"; not imported.`);
      else if (unit.target === undefined || !unit.target.trim()) result.unchanged++;
      else if (seen.has(segment.key) && seen.get(segment.key) !== unit.target) result.conflicts.push(`${at}: the same Chinese has different English earlier in the file; not imported.`);
      else {
        seen.set(segment.key, unit.target);
        const outcome = applyUnit(memory, segment, unit as XliffUnit & { target: string }, doc.report);
        if (typeof outcome === 'string') result.conflicts.push(`${at}: ${outcome}`);
        else result[outcome.changed ? 'updated' : 'unchanged']++;
      }
    }
  }
  if (!options.dryRun) await memory.save();
  return result;
}

/** Applies one edited unit; a string explains why it was not applied. */
function applyUnit(memory: TranslationMemory, segment: TranslationUnit, unit: XliffUnit & { target: string }, report: string): { changed: boolean } | string {
  const current = memory.get(segment.key);
  const fileState: UnitState | undefined = unit.state;
  if (current && current.target === unit.target) {
    if (!fileState || stateRank(fileState) <= stateRank(current.state)) return { changed: false };
    const { created: _created, updated: _updated, ...kept } = current;
    const outcome = memory.upsert({ ...kept, state: fileState, reports: [report] });
    return { changed: outcome === 'updated' || outcome === 'added' };
  }
  const state: UnitState = fileState && stateRank(fileState) > stateRank('translated') ? fileState : 'translated';
  if (current && wouldDowngrade(current.state, state)) {
    return `the memory has a ${current.state} translation (${current.origin}) and the edited English is only ${state}; not replaced. Mark the unit as reviewed (signed-off) or final to replace it.`;
  }
  const outcome = memory.upsert({
    key: segment.key, source: current?.source ?? segment.source, target: unit.target, state, origin: 'manual', reports: [report],
    ...(current?.note !== undefined ? { note: current.note } : {}),
  });
  return outcome === 'refused' ? 'a higher-state translation is in the memory; not replaced.' : { changed: outcome !== 'unchanged' };
}
