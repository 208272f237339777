import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { ConvertedSource, LineHint } from './converted-source.js';
import { decodeHtml } from './html/decode-html.js';
import { htmlBlocks, indexParents, type HtmlBlock } from './html/html-blocks.js';
import { pageTitleBlocks } from './html/page-title.js';

export interface HtmlTextOptions {
  /** The received file, for diagnostics. */
  file: string;
  encoding: string;
  /** Where a block came from, for messages: "source.html:212" by default. */
  origin?: (line: number | undefined, index: number) => string;
  /** Where diagnostics about a markup line point ("source.html", line): the markup's own file by default. */
  at?: (line: number) => { file: string; line: number };
}

/** An HTML file (a saved page or a fragment) → one line per block, with what its markup says. */
export async function convertHtml(bytes: Uint8Array, file: string): Promise<ConvertedSource> {
  const decoded = decodeHtml(bytes, file);
  const converted = convertHtmlText(decoded.text, { file, encoding: decoded.encoding });
  return { ...converted, diagnostics: [...decoded.diagnostics, ...converted.diagnostics] };
}

/** HTML as text (a page, a fragment, or markup found in a text file or made from a Word file) → ConvertedSource. */
export function convertHtmlText(html: string, options: HtmlTextOptions): ConvertedSource {
  const root = unified().use(rehypeParse).parse(html);
  indexParents(root);
  const body = htmlBlocks(root);
  const blocks = [...pageTitleBlocks(root, body), ...body];
  const origin = options.origin ?? ((line) => (line === undefined ? options.file : `${options.file}:${line}`));
  const at = options.at ?? ((line) => ({ file: options.file, line }));
  const hints = new Map<number, LineHint>();
  const origins = new Map<number, string>();
  const diagnostics: Diagnostic[] = [];
  blocks.forEach((block, i) => {
    const line = 2 * i + 1;
    if (block.hint) hints.set(line, block.hint);
    origins.set(line, origin(block.line, i + 1));
    for (const br of block.joinedBreaks ?? []) diagnostics.push(joinedBreak(at(br), block));
  });
  return { format: 'html', text: blocks.map((b) => b.text).join('\n\n'), hints, origins, encoding: options.encoding, diagnostics };
}

function joinedBreak(where: { file: string; line: number }, block: HtmlBlock): Diagnostic {
  return { ruleId: 'ingest/html-line-break', severity: 'info', ...where, reason: 'a <br> inside a sentence removed (the text shows no break there)', actual: '<br>', expected: block.text.slice(0, 12) + '…' };
}
