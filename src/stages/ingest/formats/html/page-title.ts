import type { Root } from 'hast';
import type { HtmlBlock } from './html-blocks.js';
import { findElement } from './html-blocks.js';
import { collapseSpace, rawText } from './inline-text.js';

/** "县情概况_某某县人民政府门户网站" → the part before the site name. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-—–]\s|——).*$/u;

/**
 * The page's <title>: the browser tab's text, often with the site name after it. With an <h1>,
 * the <h1> is the title; without one, the first block is the title when it matches the <title>
 * (less the site name). Either way the <title> itself is logged as furniture: old pages often
 * carry only the site's name there.
 */
export function pageTitleBlocks(root: Root, blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const element = findElement(root, 'title');
  const text = element ? collapseSpace(rawText(element)) : '';
  if (!element || !text) return [];
  const line = element.position?.start.line;
  const at = line !== undefined ? { line } : {};
  if (blocks.some((b) => b.hint?.kind === 'title')) return [{ text, hint: { kind: 'furniture', why: 'the page\'s <title> (the title is its <h1>)' }, ...at }];
  const title = text.replace(SITE_SUFFIX, '') || text;
  const first = blocks.find((b) => b.hint?.kind !== 'furniture');
  if (first && (first.text === title || title.startsWith(first.text))) {
    first.hint = { kind: 'title', why: 'first block, matching the page\'s <title>' };
    return [{ text, hint: { kind: 'furniture', why: 'the page\'s <title> (its text opens the page)' }, ...at }];
  }
  return [{ text, hint: { kind: 'furniture', why: 'the page\'s <title> (the browser tab; the page\'s text does not open with it)' }, ...at }];
}
