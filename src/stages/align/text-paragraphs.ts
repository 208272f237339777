import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parent } from 'mdast';

/**
 * Paragraphs of an input file, Markdown syntax removed. Markdown: headings, paragraphs and table
 * cells are blocks (code and HTML are dropped). Plain text: blocks are separated by blank lines.
 * Lines inside a block are joined (without a space between Chinese characters).
 */
export type TextLanguage = 'zh' | 'en';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIP_TYPES = new Set(['code', 'html', 'yaml', 'definition', 'thematicBreak']);

export function textParagraphs(text: string, language: TextLanguage, markdown: boolean): string[] {
  const blocks = markdown ? markdownBlocks(text) : text.replace(/\r\n?/gu, '\n').split(/\n[ \t\u3000]*\n/u);
  return blocks.map((b) => joinLines(b, language)).filter((b) => b !== '');
}

function markdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  const visit = (node: Nodes): void => {
    if (SKIP_TYPES.has(node.type)) return;
    if (BLOCK_TYPES.has(node.type)) {
      blocks.push(toString(node, { includeImageAlt: false }));
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(remark().parse(text));
  return blocks;
}

/** One line per block: Chinese lines join directly, English (and Latin next to Latin) with a space. */
export function joinLines(block: string, language: TextLanguage): string {
  const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (language === 'en' || (/[\p{Script=Latin}\d,.;:!?]$/u.test(out) && /^[\p{Script=Latin}\d]/u.test(line))) out += ` ${line}`;
    else out += line;
  }
  return out;
}
