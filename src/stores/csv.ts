import { InputError } from '../errors.js';

/**
 * The project's one CSV reader and writer (RFC 4180), used by memory and glossary import and
 * export. Hand-written rather than a library because an unclosed quote must be reported at the
 * line where it opened (a library reports the end of the file, where the damage shows least).
 */

/** RFC 4180 field: quoted when it holds a comma, a quote, a line break or outer spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV: fields quoted where needed, CRLF after every row (what spreadsheets expect). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

/**
 * Splits CSV into records (CRLF or LF line breaks, quoted fields with doubled quotes and
 * embedded line breaks, an optional BOM); blank lines are skipped. A quote that is never closed
 * is an InputError naming `file:line` of the line where it opened.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  const at = { i: 0, line: 1 };
  while (at.i < src.length) {
    const line = at.line;
    const fields = [readField(src, at, file)];
    while (src[at.i] === ',') {
      at.i++;
      fields.push(readField(src, at, file));
    }
    at.i += src.startsWith('\r\n', at.i) ? 2 : 1;
    at.line++;
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line, fields });
  }
  return records;
}

const DELIMITER = /[,\r\n]/g;

/** One field from `at.i` up to the next delimiter; a field starting with a quote runs to its closing quote. */
function readField(src: string, at: { i: number; line: number }, file: string): string {
  let value = '';
  if (src[at.i] === '"') {
    const parts: string[] = [];
    let from = at.i + 1;
    for (;;) {
      const quote = src.indexOf('"', from);
      if (quote < 0) throw unclosedQuote(file, at.line);
      parts.push(src.slice(from, quote));
      from = quote + 1;
      if (src[from] !== '"') break;
      parts.push('"');
      from++;
    }
    value = parts.join('');
    for (let n = value.indexOf('\n'); n >= 0; n = value.indexOf('\n', n + 1)) at.line++;
    at.i = from;
  }
  DELIMITER.lastIndex = at.i;
  const end = DELIMITER.exec(src)?.index ?? src.length;
  value += src.slice(at.i, end);
  at.i = end;
  return value;
}

function unclosedQuote(file: string, line: number): InputError {
  return new InputError('input/bad-csv', `${file}:${line}: a quoted field opens on this line and is never closed, so the rows after it would run together.`, {
    hint: 'Close the quote (write "" for a quote inside a quoted field), or save the sheet again as "CSV UTF-8" from the spreadsheet.',
  });
}
