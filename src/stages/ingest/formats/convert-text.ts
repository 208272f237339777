import type { Diagnostic } from '../../../model/diagnostic.js';
import { decodeBytes } from '../decode.js';
import type { ConvertedSource } from './converted-source.js';
import { convertHtmlText } from './convert-html.js';
import { decodeTextEscapes } from './decode-text-escapes.js';

/** Real block markup in text (after entities are decoded): a CMS export that is HTML underneath. */
const MARKUP = /<\/?(?:p|br|div|h[1-6]|section|article|table|tr|td|li|ul|ol|figure|figcaption|center)\b[^>]*>/gi;

/**
 * A text file. Plain text is read as it is: its own lines are the lines diagnostics and
 * overrides.yaml refer to. Literal escapes (`\r\n` as two characters) and markup (escaped or
 * real `<p>` tags) are decoded and read as the line and block structure they encode; the text
 * read is then written to extracted.txt, each line traced to its line in source.txt.
 */
export async function convertText(bytes: Uint8Array, file: string): Promise<ConvertedSource> {
  const decoded = decodeBytes(bytes, file);
  const unescaped = decodeTextEscapes(decoded.text, file);
  const tags = unescaped.text.match(MARKUP) ?? [];
  const base = { format: 'text' as const, encoding: decoded.encoding };
  if (tags.length === 0) {
    if (unescaped.diagnostics.length === 0) return { ...base, text: decoded.text, hints: new Map(), origins: new Map(), diagnostics: decoded.diagnostics };
    const origins = new Map(unescaped.lineOf.map((source, i) => [i + 1, `${file}:${source}`]));
    return { ...base, text: unescaped.text, hints: new Map(), origins, diagnostics: [...decoded.diagnostics, ...unescaped.diagnostics] };
  }
  // In a text file a line break is a break (two <br>, which the HTML reader always keeps); a paragraph
  // cut by one is rejoined later, as in any text.
  const html = unescaped.text.split('\n').join('<br><br>\n');
  const sourceLine = (line: number) => unescaped.lineOf[line - 1] ?? line;
  const converted = convertHtmlText(html, { file, encoding: decoded.encoding, origin: (line) => `${file}:${line === undefined ? 1 : sourceLine(line)}`, at: (line) => ({ file, line: sourceLine(line) }) });
  const firstTag = unescaped.text.split('\n').findIndex((l) => new RegExp(MARKUP.source, 'i').test(l));
  const found: Diagnostic = {
    ruleId: 'ingest/markup-in-text', severity: 'info', file, line: sourceLine(firstTag + 1),
    reason: `HTML markup in the text (${tags.length} tags) read as the page structure it encodes`,
  };
  return { ...converted, format: 'text', diagnostics: [...decoded.diagnostics, ...unescaped.diagnostics, found, ...converted.diagnostics] };
}
