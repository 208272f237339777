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
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') (quoted = true), (quoteLine = line);
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      (fields = []), (field = ''), line++, (recordLine = line);
    } else field += c;
  }
  if (quoted) throw unclosedQuote(file, quoteLine);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
}

function unclosedQuote(file: string, line: number): InputError {
  return new InputError('input/bad-csv', `${file}:${line}: a quoted field opens on this line and is never closed, so the rows after it would run together.`, {
    hint: 'Close the quote (write "" for a quote inside a quoted field), or save the sheet again as "CSV UTF-8" from the spreadsheet.',
  });
}
