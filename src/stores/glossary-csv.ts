import { InputError } from '../errors.js';
import type { GlossaryEntry, GlossarySource } from '../model/glossary-entry.js';
import { formatCsv, parseCsv } from './csv.js';

/** Columns in order; lists are joined with ` | `, the source is spread over four columns. */
export const GLOSSARY_CSV_COLUMNS = [
  'zh', 'variants', 'en', 'first', 'short', 'accepted', 'kind', 'forbidden', 'note',
  'source_title', 'source_publisher', 'source_date', 'source_url', 'status',
] as const;
type Column = (typeof GLOSSARY_CSV_COLUMNS)[number];

const LISTS = new Set<Column>(['variants', 'accepted', 'forbidden']);
const SEPARATOR = ' | ';

/** RFC 4180 CSV (CRLF, header row), one entry per row, for spreadsheets and other tools. */
export function exportGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  return formatCsv([[...GLOSSARY_CSV_COLUMNS], ...entries.map((entry) => GLOSSARY_CSV_COLUMNS.map((column) => cell(entry, column)))]);
}

function cell(entry: GlossaryEntry, column: Column): string {
  if (column.startsWith('source_')) return entry.source?.[column.slice(7) as keyof GlossarySource] ?? '';
  const value = entry[column as keyof GlossaryEntry];
  if (Array.isArray(value)) return value.join(SEPARATOR);
  return typeof value === 'string' ? value : '';
}

/** Reads a CSV with a header naming some of GLOSSARY_CSV_COLUMNS (any order; zh and en required). */
export function parseGlossaryCsv(text: string, file = 'CSV'): GlossaryEntry[] {
  const [header, ...rows] = parseCsv(text, file);
  const columns = (header?.fields ?? []).map((h) => h.trim().toLowerCase());
  const unknown = columns.filter((c) => !(GLOSSARY_CSV_COLUMNS as readonly string[]).includes(c));
  const missing = ['zh', 'en'].filter((c) => !columns.includes(c));
  if (unknown.length || missing.length) {
    const what = [unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : '', missing.length ? `no ${missing.join(' or ')} column` : ''].filter(Boolean).join('; ');
    throw new InputError('glossary/bad-csv', `${file}:1: the header has ${what}.`, { hint: `Use the columns ${GLOSSARY_CSV_COLUMNS.join(', ')}.` });
  }
  return rows.map((row) => {
    if (row.fields.length !== columns.length) {
      throw new InputError('glossary/bad-csv', `${file}:${row.line}: ${row.fields.length} fields where the header has ${columns.length}.`, { hint: 'Quote fields that contain commas.' });
    }
    return toEntry(Object.fromEntries(columns.map((c, i) => [c, row.fields[i]!.trim()])) as Partial<Record<Column, string>>);
  });
}

function toEntry(cells: Partial<Record<Column, string>>): GlossaryEntry {
  const entry: Record<string, unknown> = {};
  const source: Record<string, string> = {};
  for (const column of GLOSSARY_CSV_COLUMNS) {
    const value = cells[column];
    if (!value) continue;
    if (column.startsWith('source_')) source[column.slice(7)] = value;
    else entry[column] = LISTS.has(column) ? value.split(SEPARATOR.trim()).map((v) => v.trim()).filter(Boolean) : value;
  }
  if (Object.keys(source).length) entry.source = source;
  entry.kind ??= 'general';
  entry.status ??= 'proposed';
  return entry as unknown as GlossaryEntry;
}
