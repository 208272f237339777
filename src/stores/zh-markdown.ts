import type { Heading, Html, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import type { Block, BlockType } from '../model/document.js';

/**
 * zh.md: the ingested report as plain Markdown. Titles and headings are Markdown headings;
 * the other roles are marked by an HTML comment before the block (`<!-- caption -->`), which no
 * Markdown viewer shows. Ordinals of headings go in the same comment (`<!-- heading 1 -->`).
 * Written and read through remark so escaping is always right.
 */
const MARKED: BlockType[] = ['subtitle', 'caption', 'byline', 'dateline'];

export function renderZhMarkdown(blocks: readonly Block[]): string {
  const children: RootContent[] = [];
  for (const block of blocks) {
    if (block.type === 'title' || block.type === 'heading') {
      if (block.ordinal !== undefined) children.push(marker(`heading ${block.ordinal}`));
      const depth = (block.type === 'title' ? 1 : Math.min(6, block.level ?? 2)) as Heading['depth'];
      children.push({ type: 'heading', depth, children: [{ type: 'text', value: block.text }] });
      continue;
    }
    if (MARKED.includes(block.type)) children.push(marker(block.type));
    children.push({ type: 'paragraph', children: [{ type: 'text', value: block.text }] });
  }
  return remark().stringify({ type: 'root', children } satisfies Root);
}

function marker(value: string): Html {
  return { type: 'html', value: `<!-- ${value} -->` };
}

export interface ParsedBlock extends Block {
  /** 1-based line of the block in zh.md. */
  line: number;
}

/** Reads zh.md back into blocks (sourceLine is not kept in zh.md and is set to the zh.md line). */
export function parseZhMarkdown(markdown: string): ParsedBlock[] {
  const tree = remark().parse(markdown);
  const blocks: ParsedBlock[] = [];
  let pending: { type: BlockType; ordinal?: string } | undefined;
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') {
      pending = parseMarker(node.value);
      continue;
    }
    if (node.type === 'heading') {
      const text = toString(node).trim();
      // The title is the first depth-1 heading, after at most datelines and a kicker (subtitle).
      const type: BlockType = node.depth === 1 && blocks.every((b) => b.type === 'dateline' || b.type === 'subtitle') ? 'title' : 'heading';
      blocks.push({ type, text, level: node.depth, sourceLine: line, line, ...(pending?.ordinal ? { ordinal: pending.ordinal } : {}) });
    } else if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'list') {
      const text = paragraphText(node).trim();
      if (text) blocks.push({ type: pending?.type && pending.type !== 'heading' ? pending.type : 'paragraph', text, sourceLine: line, line });
    }
    pending = undefined;
  }
  return blocks;
}

function parseMarker(html: string): { type: BlockType; ordinal?: string } | undefined {
  const match = /^<!--\s*(subtitle|caption|byline|dateline|heading)(?:\s+(\S+))?\s*-->$/u.exec(html.trim());
  if (!match) return undefined;
  return { type: match[1] as BlockType, ...(match[2] ? { ordinal: match[2] } : {}) };
}

/** Soft line breaks inside a paragraph are layout, not content: Chinese joins without spaces. */
function paragraphText(node: Paragraph | RootContent): string {
  return toString(node).replace(/(?<=[^\x00-\x7f])\n(?=[^\x00-\x7f])/gu, '').replace(/\n/g, ' ');
}
