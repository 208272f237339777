import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { ImportedPair, PairFields } from './imported-pair.js';
import { isUnitState } from '../model/unit.js';
import { parseCsv } from './csv.js';
import { FILE_SIZE_LIMITS, readUserFile } from './read-user-file.js';
import { parseTmx } from './tmx.js';
import { xliffPairs } from './xliff.js';

export type { ImportedPair, PairFields } from './imported-pair.js';

/**
 * Reads translation pairs from JSONL (`{"zh","en","note"?}` per line, as the team's translation
 * drafts are written), CSV with a header row holding `zh` and `en` columns (RFC 4180 quoting),
 * TMX 1.4 or XLIFF (1.2 or 2.0 source/target pairs). The columns and props duizhao's own exports
 * add (state, origin, reports, created, updated, flags) are read back when present; a `key` is
 * ignored, since the key is always derived from the Chinese.
 */
export async function readImportFile(file: string): Promise<ImportedPair[]> {
  const text = await readUserFile(file, {
    maxBytes: FILE_SIZE_LIMITS.memoryImport,
    sizeHint: 'Split it into smaller files (by report, or a few hundred thousand entries each) and import them one after another.',
  });
  if (!text.trim()) throw new InputError('input/empty', `${file} is empty: there is nothing to import.`, { hint: 'Check that the export that wrote it finished, and pass the file that holds the pairs.' });
  const marker = /^(?:<{7}|={7}|>{7})(?: |$)/m.exec(text);
  if (marker) {
    throw new InputError('input/conflict-markers', `${file}:${text.slice(0, marker.index).split('\n').length}: a git conflict marker (${marker[0].trim()}); the file is half-merged.`, {
      hint: 'Resolve the merge conflict in the file (keep one side of each <<<<<<< … >>>>>>> block), then import it.',
    });
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(text, file);
  if (ext === '.csv') return readCsv(text, file);
  if (ext === '.tmx') return parseTmx(text, file);
  if (ext === '.xlf' || ext === '.xliff') return xliffPairs(text, file);
  throw new InputError('input/unknown-format', `${file}: unknown memory exchange format "${ext}".`, { hint: 'Use .jsonl, .csv (zh and en columns), .tmx, .xlf or .xliff.' });
}

/** The optional memory fields of a JSONL object or a CSV row (reports space-separated, flags one per line). */
export function readPairFields(get: (field: string) => unknown, at: string, problems: string[]): PairFields {
  const fields: PairFields = {};
  // A field of the wrong type (a number where text belongs) is a problem, never silently dropped.
  const wrongType = (field: string, value: unknown, what: string): undefined => {
    if (value !== undefined && value !== null && value !== '') problems.push(`${at}: "${field}" must be ${what}, not ${JSON.stringify(value)}.`);
    return undefined;
  };
  const str = (field: string): string | undefined => {
    const value = get(field);
    return typeof value === 'string' && value !== '' ? value : wrongType(field, value, 'text');
  };
  const list = (field: string, split: RegExp): string[] | undefined => {
    const value = get(field);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    if (typeof value !== 'string') return wrongType(field, value, 'a list of text');
    return typeof value === 'string' && value !== '' ? value.split(split).filter(Boolean) : undefined;
  };
  const state = str('state');
  if (state !== undefined && !isUnitState(state)) problems.push(`${at}: "state" must be one of empty, draft, translated, reviewed, approved, not "${state}".`);
  else if (state) fields.state = state;
  for (const field of ['origin', 'created', 'updated'] as const) {
    const value = str(field);
    if (value !== undefined) fields[field] = value;
  }
  const reports = list('reports', /\s+/);
  if (reports) fields.reports = reports;
  const flags = list('flags', /\n/);
  if (flags) fields.flags = flags;
  return fields;
}

function readJsonl(text: string, file: string): ImportedPair[] {
  const pairs: ImportedPair[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${file}:${i + 1}`;
    try {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (typeof value.zh !== 'string' || typeof value.en !== 'string') problems.push(`${at}: needs string fields "zh" and "en".`);
      else {
        const entry = readPairFields((field) => value[field], at, problems);
        pairs.push({ zh: value.zh, en: value.en, at, ...(typeof value.note === 'string' && value.note ? { note: value.note } : {}), entry });
      }
    } catch (error) {
      problems.push(`${at}: not valid JSON (${(error as Error).message}).`);
    }
  });
  if (problems.length) throw new InputError('input/invalid', `${file} has ${problems.length} invalid line(s); nothing was imported.`, { details: problems.slice(0, 50), hint: 'Fix the lines listed: each line is one JSON object such as {"zh":"…","en":"…"}.' });
  return pairs;
}

function readCsv(text: string, file: string): ImportedPair[] {
  const [head, ...rows] = parseCsv(text, file);
  const header = head?.fields.map((h) => h.trim().toLowerCase()) ?? [];
  const zh = header.indexOf('zh');
  const en = header.indexOf('en');
  const note = header.indexOf('note');
  if (zh < 0 || en < 0) throw new InputError('input/invalid', `${file}:1: the header row needs "zh" and "en" columns.`, { hint: 'Start the file with a header row such as zh,en,note.' });
  const problems: string[] = [];
  const pairs = rows
    .filter(({ fields }) => fields.some((c) => c.trim()))
    .map(({ fields: row, line }) => {
      const at = `${file}:${line}`;
      const entry = readPairFields((field) => (header.includes(field) ? row[header.indexOf(field)] : undefined), at, problems);
      return { zh: row[zh] ?? '', en: row[en] ?? '', at, ...(note >= 0 && row[note] ? { note: row[note]! } : {}), entry };
    });
  if (problems.length) throw new InputError('input/invalid', `${file} has ${problems.length} invalid row(s); nothing was imported.`, { details: problems.slice(0, 50), hint: 'Fix the rows listed (git diff or a text editor shows them), then import again.' });
  return pairs;
}
