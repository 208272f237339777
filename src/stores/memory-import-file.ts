import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { ImportedPair, PairFields } from './imported-pair.js';
import { isUnitState } from '../model/unit.js';
import { parseCsv } from './csv.js';
import { eachLine, readLinePieces } from './read-line-pieces.js';
import { checkUserFileInPieces, FILE_SIZE_LIMITS, readUserFile, UserTextCheck } from './read-user-file.js';
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
  const pairs: ImportedPair[] = [];
  await (await openImportFile(file)).forEach((pair) => pairs.push(pair));
  return pairs;
}

/** An import file's pairs, given one at a time in file order (see openImportFile). */
export interface ImportPairs {
  /**
   * Calls `take` with each pair in file order, then throws the file's InputError if it has one
   * (invalid lines, a conflict marker, no pairs): a caller that throws it on keeps nothing.
   */
  forEach(take: (pair: ImportedPair) => void): Promise<void>;
}

/**
 * readImportFile without the array: the file is checked (size, UTF-8) now, but JSONL is read again
 * in pieces and its lines parsed only as forEach hands them on, so a caller that applies each pair
 * as it comes never holds a million pair objects, nor the file's bytes, at once (at that size the
 * collector's copying of long-lived young objects was the biggest cost of `memory import`).
 */
export async function openImportFile(file: string): Promise<ImportPairs> {
  const ext = extname(file).toLowerCase();
  if (!['.jsonl', '.ndjson', '.csv', '.tmx', '.xlf', '.xliff'].includes(ext)) {
    throw new InputError('input/unknown-format', `${file}: unknown memory exchange format "${ext}".`, { hint: 'Use .jsonl, .csv (zh and en columns), .tmx, .xlf or .xliff.' });
  }
  const jsonl = ext === '.jsonl' || ext === '.ndjson';
  const read = { maxBytes: jsonl ? FILE_SIZE_LIMITS.memoryImportJsonl : FILE_SIZE_LIMITS.memoryImport, sizeHint: SIZE_HINT };
  if (jsonl) {
    await checkUserFileInPieces(file, read);
    return { forEach: (take) => forEachJsonlPair(file, take) };
  }
  const text = await readUserFile(file, read);
  if (!text.trim()) throw emptyFile(file);
  const marker = MARKER_IN_TEXT.exec(text);
  if (marker) throw conflictMarker(file, text.slice(0, marker.index).split('\n').length, marker[0]);
  const pairs = ext === '.csv' ? readCsv(text, file) : ext === '.tmx' ? parseTmx(text, file) : xliffPairs(text, file);
  return { forEach: async (take) => pairs.forEach((pair) => take(pair)) };
}

const SIZE_HINT = 'Split it into smaller files (by report, or a few hundred thousand entries each) and import them one after another.';
/** A git conflict marker at the start of a line (of one line; of any line of a text). */
const MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/;
const MARKER_IN_TEXT = new RegExp(MARKER.source, 'm');

const emptyFile = (file: string): InputError =>
  new InputError('input/empty', `${file} is empty: there is nothing to import.`, { hint: 'Check that the export that wrote it finished, and pass the file that holds the pairs.' });

const conflictMarker = (file: string, line: number, marker: string): InputError =>
  new InputError('input/conflict-markers', `${file}:${line}: a git conflict marker (${marker.trim()}); the file is half-merged.`, {
    hint: 'Resolve the merge conflict in the file (keep one side of each <<<<<<< … >>>>>>> block), then import it.',
  });

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

const OPEN_BRACE = 0x7b;

/**
 * JSONL read a line at a time, in pieces (see readLinePieces; checked again as UTF-8, should the
 * file have changed since openImportFile): the whole text is never one string, nor its bytes one
 * buffer. Once a line is invalid, no more pairs are handed on (the rest are still checked, so the
 * error lists every invalid line).
 */
async function forEachJsonlPair(file: string, take: (pair: ImportedPair) => void): Promise<void> {
  const problems: string[] = [];
  const check = new UserTextCheck(file);
  let count = 0;
  let i = 0;
  await readLinePieces(file, (bytes, offset) => {
    check.piece(bytes, offset);
    eachLine(bytes, offset === 0, (start, end) => {
      i += 1;
      // The line with the CR before its LF (eachLine leaves it out), as markers and JSON have always read it.
      const line = bytes.toString('utf8', start, bytes[end] === 13 ? end + 1 : end);
      // A line that opens an object is neither blank nor a marker: no trim and no regex for those (nearly all).
      if (bytes[start] !== OPEN_BRACE) {
        if (!line.trim()) return true;
        const marker = MARKER.exec(line);
        if (marker) throw conflictMarker(file, i, marker[0]);
      }
      const pair = jsonlPair(line, `${file}:${i}`, problems);
      if (pair) count += 1;
      if (pair && problems.length === 0) take(pair);
      return true;
    });
  });
  check.finish();
  if (problems.length) throw new InputError('input/invalid', `${file} has ${problems.length} invalid line(s); nothing was imported.`, { details: problems.slice(0, 50), hint: 'Fix the lines listed: each line is one JSON object such as {"zh":"…","en":"…"}.' });
  if (count === 0) throw emptyFile(file);
}

function jsonlPair(line: string, at: string, problems: string[]): ImportedPair | undefined {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(line) as Record<string, unknown>;
  } catch (error) {
    return void problems.push(`${at}: not valid JSON (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || typeof value.zh !== 'string' || typeof value.en !== 'string') return void problems.push(`${at}: needs string fields "zh" and "en".`);
  const entry = onlyPairFields(value) ? NO_FIELDS : readPairFields((field) => value[field], at, problems);
  return { zh: value.zh, en: value.en, at, ...(typeof value.note === 'string' && value.note ? { note: value.note } : {}), entry };
}

/** The fields of every line without memory fields: one frozen object, not one per line. */
const NO_FIELDS: PairFields = Object.freeze({});

/** A line with nothing but zh, en and note (most files) has no memory fields to read. */
function onlyPairFields(value: object): boolean {
  for (const field in value) if (field !== 'zh' && field !== 'en' && field !== 'note') return false;
  return true;
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
