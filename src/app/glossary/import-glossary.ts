import { extname, resolve } from 'node:path';
import { ConfigError, InputError } from '../../errors.js';
import { GLOSSARY_FIELDS, type GlossaryEntry } from '../../model/glossary-entry.js';
import { parseGlossaryCsv } from '../../stores/glossary-csv.js';
import { addGlossaryEntry, inspectGlossary, updateGlossaryEntry } from '../../stores/glossary-yaml.js';
import { createGlossary } from '../../stores/glossary/create-glossary.js';
import { newEntryProblems } from '../../stores/glossary/read-valid-glossary.js';
import { FILE_SIZE_LIMITS, readUserFile } from '../../stores/read-user-file.js';
import { parseTbx } from '../../stores/tbx.js';

export interface ImportGlossaryOptions {
  /** Overwrite existing entries whose fields differ (a different en is otherwise a conflict). */
  update?: boolean;
  dryRun?: boolean;
}

export interface ImportConflict {
  zh: string;
  current: string;
  incoming: string;
}

export interface ImportGlossaryResult {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Existing entries with a different en, left as they are (without --update). */
  conflicts: ImportConflict[];
  /** Existing entries with the same en but other fields different, left as they are (without --update). */
  differing: string[];
}

/** Reads a TBX or CSV file (by extension, else by content). */
export async function readGlossaryExchangeFile(path: string): Promise<GlossaryEntry[]> {
  const text = await readUserFile(path, {
    maxBytes: FILE_SIZE_LIMITS.glossaryImport,
    sizeHint: 'A glossary is far smaller than this: check that this is the right file, or split it and import the parts.',
    textHint: 'Export the sheet as "CSV UTF-8 (comma delimited)" from the spreadsheet (File → Save As), or as TBX, and import that file.',
  });
  const ext = extname(path).toLowerCase();
  const xml = ext === '.tbx' || ext === '.xml' || (ext !== '.csv' && text.trimStart().startsWith('<'));
  return xml ? parseTbx(text, path) : parseGlossaryCsv(text, path);
}

const comparable = (e: GlossaryEntry): string => JSON.stringify(GLOSSARY_FIELDS.filter((f) => f !== 'kind').map((f) => e[f] ?? null));

/**
 * Imports entries: new ones are appended to their kind files, identical ones skipped, differing
 * ones reported (and overwritten only with `update`). Every incoming entry is validated first;
 * any invalid one stops the import before anything is written.
 */
export async function importGlossary(root: string, file: string, options: ImportGlossaryOptions = {}): Promise<ImportGlossaryResult> {
  const incoming = await readGlossaryExchangeFile(resolve(root, file));
  const inspected = await inspectGlossary(root);
  if (inspected.diagnostics.some((d) => d.severity === 'error')) {
    throw new ConfigError('glossary/invalid', 'The glossary has errors; nothing was imported.', { hint: 'Run duizhao glossary lint and fix them first.' });
  }
  const glossary = createGlossary(inspected.entries.map((e) => e.entry));
  const result: ImportGlossaryResult = { added: [], updated: [], unchanged: [], conflicts: [], differing: [] };
  const problems: string[] = [];
  const plan: Array<() => Promise<unknown>> = [];
  const fresh: GlossaryEntry[] = [];
  for (const entry of incoming) {
    const current = glossary.findByZh(entry.zh);
    const others = { ...inspected, entries: [...inspected.entries, ...fresh.map((e, index) => ({ entry: e, file: '(import)', index, at: { line: 0, column: 0 }, zhAt: { line: 0, column: 0 }, variantsAt: [], forbiddenAt: [] }))] };
    const issues = newEntryProblems(entry, others, current);
    if (issues.length) {
      problems.push(...issues.map((p) => `${entry.zh}: ${p}`));
      continue;
    }
    if (!current) {
      result.added.push(entry.zh);
      fresh.push(entry);
      plan.push(() => addGlossaryEntry(root, entry));
    } else if (comparable(current) === comparable({ ...entry, zh: current.zh })) {
      result.unchanged.push(current.zh);
    } else if (options.update) {
      result.updated.push(current.zh);
      const { zh: _zh, kind: _kind, origin: _origin, ...patch } = entry;
      const cleared = Object.fromEntries(GLOSSARY_FIELDS.filter((f) => f !== 'zh' && f !== 'kind').map((f) => [f, (patch as Record<string, unknown>)[f]]));
      plan.push(() => updateGlossaryEntry(root, current.zh, cleared));
    } else if (current.en !== entry.en) {
      result.conflicts.push({ zh: current.zh, current: current.en, incoming: entry.en });
    } else result.differing.push(current.zh);
  }
  if (problems.length) {
    throw new InputError('glossary/bad-import', `${file} has ${problems.length} invalid entr${problems.length === 1 ? 'y' : 'ies'}; nothing was imported.`, { details: problems, hint: 'Fix them in the file and import again.' });
  }
  if (!options.dryRun) for (const step of plan) await step();
  return result;
}
