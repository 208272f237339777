import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors.js';

/** One pair read from an exchange file: Chinese, English and an optional note. */
export interface ImportedPair {
  zh: string;
  en: string;
  note?: string;
  /** Where it came from, for messages: file:line. */
  at: string;
}

/**
 * Reads translation pairs from JSONL (`{"zh","en","note"?}` per line, as the team's translation
 * drafts are written) or CSV with a header row holding `zh` and `en` columns (RFC 4180 quoting).
 */
export async function readImportFile(file: string): Promise<ImportedPair[]> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new InputError('input/unreadable', `Cannot read ${file}.`, { cause: error, hint: 'Check the path.' });
  });
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(text, file);
  if (ext === '.csv') return readCsv(text, file);
  throw new InputError('input/unknown-format', `${file}: unknown memory exchange format "${ext}".`, { hint: 'Use .jsonl or .csv (zh and en columns).' });
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
      else pairs.push({ zh: value.zh, en: value.en, at, ...(typeof value.note === 'string' && value.note ? { note: value.note } : {}) });
    } catch (error) {
      problems.push(`${at}: not valid JSON (${(error as Error).message}).`);
    }
  });
  if (problems.length) throw new InputError('input/invalid', `${file} has ${problems.length} invalid line(s).`, { details: problems.slice(0, 50) });
  return pairs;
}

function readCsv(text: string, file: string): ImportedPair[] {
  const rows = parseCsv(text);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const zh = header.indexOf('zh');
  const en = header.indexOf('en');
  const note = header.indexOf('note');
  if (zh < 0 || en < 0) throw new InputError('input/invalid', `${file}:1: the header row needs "zh" and "en" columns.`);
  return rows
    .map((row, i) => ({ row, at: `${file}:${i + 2}` }))
    .filter(({ row }) => row.some((c) => c.trim()))
    .map(({ row, at }) => ({ zh: row[zh] ?? '', en: row[en] ?? '', at, ...(note >= 0 && row[note] ? { note: row[note]! } : {}) }));
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
