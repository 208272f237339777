import type { Diagnostic } from '../../../model/diagnostic.js';

export interface UnescapedText {
  text: string;
  /** 1-based line of `text` → 1-based line of the received text it came from. */
  lineOf: number[];
  diagnostics: Diagnostic[];
}

const LITERAL = /\\r\\n|\\n|\\r|\\t/g;
const HAS_LITERAL = /\\[rnt]/;
const ESCAPED_TAG = /&lt;\/?(?:p|br|div|span|strong|b|em|i|u|h[1-6]|img|section|article|table|tbody|tr|td|th|li|ul|ol|font|center|a|figure|figcaption)\b[\s\S]*?&gt;/i;
const ENTITY: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&amp;': '&' };

/**
 * Text exports of web pages carry what the page's database held: literal escape sequences
 * (`\r\n`, `\n`, `\t` as two characters) and markup escaped as entities (`&lt;p&gt;`). Both are
 * decoded here, line by line, each line's repair logged; the caller reads any markup as HTML.
 * Text without them is returned unchanged.
 */
export function decodeTextEscapes(text: string, file: string): UnescapedText {
  const source = text.split(/\r\n|\r|\n/);
  const literals = (text.match(LITERAL) ?? []).filter((m) => m !== '\\t').length;
  const escapedMarkup = ESCAPED_TAG.test(text);
  // One \n in prose may be a path (D:\new); two, or one beside markup, are an export's escapes.
  const decodeLiterals = literals >= 2 || (literals >= 1 && (escapedMarkup || /<\/?(?:p|br|div)\b/i.test(text)));
  const out: string[] = [];
  const lineOf: number[] = [];
  const diagnostics: Diagnostic[] = [];
  source.forEach((line, i) => {
    let decoded = line;
    if (decodeLiterals && HAS_LITERAL.test(line)) {
      const counts = countOf(line.match(LITERAL) ?? []);
      decoded = decoded.replace(LITERAL, (m) => (m === '\\t' ? '\t' : '\n'));
      diagnostics.push(repair(file, i + 1, `literal escape sequences decoded (${counts})`, line, decoded, line.search(HAS_LITERAL)));
    }
    if (escapedMarkup && /&(?:lt|gt|amp|quot|#39|apos);/.test(decoded)) {
      const before = decoded;
      decoded = decoded.replace(/&(?:lt|gt|quot|#39|apos|amp);/g, (m) => ENTITY[m]!);
      diagnostics.push(repair(file, i + 1, 'HTML markup written as entities (&lt;p&gt;) decoded', before, decoded, before.search(/&(?:lt|gt|amp|quot|#39|apos);/)));
    }
    for (const piece of decoded.split('\n')) {
      out.push(piece);
      lineOf.push(i + 1);
    }
  });
  return { text: out.join('\n'), lineOf, diagnostics };
}

function countOf(matches: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${n} × ${m}`).join(', ');
}

/** The repair, with before and after shown from a little before the first change. */
function repair(file: string, line: number, reason: string, before: string, after: string, at: number): Diagnostic {
  const start = Math.max(0, at - 8);
  const cut = (s: string) => `${start > 0 ? '…' : ''}${s.slice(start, start + 40)}${s.length > start + 40 ? '…' : ''}`;
  return { ruleId: 'ingest/text-escapes', severity: 'info', file, line, reason, actual: cut(before), expected: cut(after.replace(/\n/g, '¶').replace(/\t/g, '⇥')) };
}
