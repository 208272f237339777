import iconv from 'iconv-lite';

/** A change made to a clone of the base project before the command runs. */
export type FileChange =
  | { path: string; content: string | Buffer }
  | { path: string; edit: (text: string) => string | Buffer }
  | { path: string; remove: true }
  /** Extends the file (sparse) to this many bytes. */
  | { path: string; growTo: number };

/**
 * One bad (or legitimately odd) input and what duizhao must do with it. Every case also asserts:
 * no stack trace, never exit 70, and every project file byte-identical afterwards except `writes`
 * (only when the run succeeds; a refused input must leave everything untouched).
 */
export interface BadInputCase {
  /** `command · input class`. */
  name: string;
  changes: FileChange[];
  /** Command line; an argument starting with `@` is a project path, passed absolute. */
  argv: string[];
  exit: 0 | 1 | 2;
  /** File the message must name (a project path or its tail); default: the first changed path. */
  names?: string;
  /** Line the message must give as `<names>:<line>`. */
  line?: number;
  /** Files (or folders ending in /) the command documents it writes, allowed to change when it succeeds. */
  writes?: string[];
  /** Anything else the output must say. */
  says?: RegExp;
}

export const put = (path: string, content: string | Buffer): FileChange => ({ path, content });
export const edit = (path: string, fn: (text: string) => string | Buffer): FileChange => ({ path, edit: fn });
export const remove = (path: string): FileChange => ({ path, remove: true });

/** The same text in the encodings people send instead of UTF-8. */
export const encode = {
  utf8Bom: (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  utf16leBom: (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
  utf16le: (text: string) => iconv.encode(text, 'utf16le'),
  utf16beBom: (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]),
  gb18030: (text: string) => iconv.encode(text, 'gb18030'),
  big5: (text: string) => iconv.encode(text, 'big5'),
  latin1: (text: string) => iconv.encode(text, 'latin1'),
  crlf: (text: string) => text.replace(/\r?\n/g, '\r\n'),
};

/** Bytes no text editor writes: a PNG header and random-looking binary. */
export const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x01, 0x9c, 0x00, 0x7f, 0x80]);
/** The start of a zip container, as an .xlsx is. */
export const XLSX = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'), Buffer.alloc(32, 0), Buffer.from('[Content_Types].xml', 'latin1')]);

/** Inserts `what` after the first line that matches `after` (or at the top). */
export function insertAfter(text: string, after: RegExp, what: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => after.test(l));
  lines.splice(at + 1, 0, what);
  return lines.join('\n');
}

/** Wraps line `n` (1-based) in git conflict markers, as a failed merge leaves it. */
export function conflictMarkers(text: string, n: number): string {
  const lines = text.split('\n');
  const line = lines[n - 1] ?? '';
  lines.splice(n - 1, 1, '<<<<<<< HEAD', line, '=======', `${line} (theirs)`, '>>>>>>> feature');
  return lines.join('\n');
}

export const EXTERNAL_ENTITY = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
export const BILLION_LAUGHS = [
  '<!DOCTYPE lolz [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  ']>',
].join('\n');

/** Puts a DOCTYPE right after the XML declaration, and (when given) uses its entity inside the first element named `inside`. */
export function withDoctype(xml: string, doctype: string, entity?: string, inside?: string): string {
  const declared = xml.replace(/^(<\?xml[^>]*\?>\n?)/, `$1${doctype}\n`);
  return entity ? declared.replace(new RegExp(`(<${inside}(?: [^>]*)?>)`), `$1&${entity};`) : declared;
}
