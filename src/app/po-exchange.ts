import { exportPo, parsePo } from '../stores/po.js';
import { FILE_SIZE_LIMITS, readUserFile } from '../stores/read-user-file.js';
import { reportExchangeDocument } from './xliff-export.js';
import { importEditedUnits, type ImportXliffOptions, type ImportXliffResult } from './xliff-import.js';

export interface ExportReportPoResult {
  text: string;
  units: number;
  withTarget: number;
}

/** One report as a PO file (see exportPo): the same units, English and bases as the XLIFF export. */
export async function exportReportPo(root: string, slug: string): Promise<ExportReportPoResult> {
  const doc = await reportExchangeDocument(root, slug);
  return { text: exportPo(doc), units: doc.units.length, withTarget: doc.units.filter((u) => u.target !== undefined).length };
}

/**
 * Brings a PO file back under the rules of `xliff import` (importEditedUnits): the base in each
 * message's extracted comment tells an edit from a stale copy; the header and untranslated
 * messages change nothing.
 */
export async function importPo(root: string, file: string, options: ImportXliffOptions = {}): Promise<ImportXliffResult> {
  const text = await readUserFile(file, {
    maxBytes: FILE_SIZE_LIMITS.xliffImport,
    sizeHint: 'Export and import one report per PO file (duizhao po export <slug>).',
    textHint: 'Save the PO file as UTF-8.',
  });
  return importEditedUnits(root, file, parsePo(text, file), options);
}
