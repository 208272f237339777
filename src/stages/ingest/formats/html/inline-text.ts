import type { Element, ElementContent } from 'hast';

/** Inline content: text that flows within one block. Anything else starts a block of its own. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q', 'rp', 'rt', 'ruby',
  's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'br', 'img', 'o:p', 'nobr',
]);

/** Never text: scripts, styles, form controls, embedded media. */
export const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'input', 'select', 'button', 'textarea', 'option', 'map', 'head', 'link', 'meta', 'base']);

export function isInline(node: ElementContent): boolean {
  return node.type === 'text' || (node.type === 'element' && INLINE.has(node.tagName));
}

const HAN_OR_PUNCT = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·]';
const WRAP_BETWEEN_HAN = new RegExp(`(?<=${HAN_OR_PUNCT})[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=\\S)|(?<=\\S)[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=${HAN_OR_PUNCT})`, 'gu');
const WRAP_AT_START = new RegExp(`^[ \\t\\r\\n]*[\\r\\n][ \\t\\r\\n]*(?=${HAN_OR_PUNCT})`, 'u');
const WRAP_AT_END = new RegExp(`(?<=${HAN_OR_PUNCT})[ \\t]*[\\r\\n][ \\t\\r\\n]*$`, 'u');

/**
 * One Chinese rule for a text node of the markup: a line break with Chinese text on either
 * side is the editor's wrapping, not a space (全县\n    共有 → 全县共有, 茶园\n1200亩 → 茶园1200亩). White space between two elements, and
 * a written space (书记 蔡贤忠, &nbsp;), stay a space.
 */
export function unwrapText(value: string): string {
  if (value.trim() === '' && !/[\u3000\u00a0]/u.test(value)) return value;
  return value.replace(WRAP_BETWEEN_HAN, '').replace(WRAP_AT_START, '').replace(WRAP_AT_END, '');
}

/** White space as a browser shows it: runs become one space; ends are trimmed, full-width indents too. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
}

/** All text inside a node, as written (before collapsing); `gap` goes between elements (for logging furniture). */
export function rawText(node: ElementContent, gap = ''): string {
  if (node.type === 'text') return unwrapText(node.value);
  if (node.type !== 'element' || SKIPPED.has(node.tagName)) return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map((child) => (child.type === 'element' ? `${gap}${rawText(child, gap)}${gap}` : rawText(child, gap))).join('');
}

/** Characters of text inside links, and in all, for link density (menus and related lists are mostly links). */
export function linkDensity(element: Element): { links: number; linkChars: number; chars: number } {
  let links = 0;
  let linkChars = 0;
  const visit = (node: ElementContent, inLink: boolean): number => {
    if (node.type === 'text') {
      const n = node.value.replace(/\s/g, '').length;
      if (inLink) linkChars += n;
      return n;
    }
    if (node.type !== 'element' || SKIPPED.has(node.tagName)) return 0;
    const isLink = node.tagName === 'a' && node.properties.href !== undefined;
    if (isLink) links++;
    return node.children.reduce((sum, child) => sum + visit(child, inLink || isLink), 0);
  };
  const chars = element.children.reduce((sum, child) => sum + visit(child, false), 0);
  return { links, linkChars, chars };
}

export function hasDescendant(element: Element, test: (e: Element) => boolean): boolean {
  return element.children.some((child) => child.type === 'element' && (test(child) || hasDescendant(child, test)));
}
