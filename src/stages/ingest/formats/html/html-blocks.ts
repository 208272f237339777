import type { Element, ElementContent, Root } from 'hast';
import type { LineHint } from '../converted-source.js';
import { altCaption, elementHint, isCentred } from './element-hint.js';
import { furnitureReason, isHidden } from './furniture-element.js';
import { collapseSpace, hasDescendant, isInline, linkDensity, rawText, SKIPPED } from './inline-text.js';
import { runLines } from './run-lines.js';

/** One block of a page's text, what its markup says about it, and the markup line it starts on. */
export interface HtmlBlock {
  text: string;
  hint?: LineHint;
  line?: number;
  /** Lines of <br> removed inside a sentence of this block. */
  joinedBreaks?: number[];
}

interface Walk {
  blocks: HtmlBlock[];
  h1Seen: boolean;
  /** Furniture found inside a line of text, logged after that line (the line itself stays whole). */
  inlineFurniture: HtmlBlock[];
}

/** The blocks of a parsed page or fragment, in reading order; furniture is kept, hinted as such. */
export function htmlBlocks(root: Root): HtmlBlock[] {
  const walk: Walk = { blocks: [], h1Seen: false, inlineFurniture: [] };
  const body = findElement(root, 'body') ?? root;
  walkChildren(body.children as ElementContent[], walk, undefined);
  return walk.blocks.filter((block, i) => !(block.hint?.why === ALT_WHY && walk.blocks.slice(i + 1, i + 3).some((b) => b.hint?.kind === 'caption' && b.text.includes(block.text))));
}

const ALT_WHY = '<img alt> text';

export function findElement(node: Root | Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

function walkChildren(children: readonly ElementContent[], walk: Walk, hint: LineHint | undefined, aligned = false): void {
  let run: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    if (isInline(child) && !(child.type === 'element' && inlineFurniture(child, walk))) {
      run.push(child);
      continue;
    }
    emitRun(run, walk, hint, aligned);
    run = [];
    if (child.type === 'element' && !isInline(child)) visitBlock(child, walk, hint);
  }
  emitRun(run, walk, hint, aligned);
}

/** An inline element that is furniture (a share link in a line of text) is logged as a block of its own. */
function inlineFurniture(element: Element, walk: Walk): boolean {
  if (element.tagName === 'br' || element.tagName === 'img') return false;
  const why = furnitureReason(element);
  if (!why) return false;
  const text = collapseSpace(rawText(element, ' ').replace(/\n/g, ' '));
  const line = element.position?.start.line;
  if (text) walk.inlineFurniture.push({ text, hint: { kind: 'furniture', why }, ...(line !== undefined ? { line } : {}) });
  return true;
}

function visitBlock(element: Element, walk: Walk, inherited: LineHint | undefined): void {
  if (SKIPPED.has(element.tagName) || isHidden(element)) return;
  const why = blockFurniture(element);
  if (why) {
    emitFurniture(element, why, walk);
    return;
  }
  const hint = elementHint(element, walk) ?? inherited ?? captionBesideImage(element);
  walkChildren(element.children, walk, hint, isCentred(element) || String(element.properties.align ?? '').toLowerCase() === 'right' || /text-align:\s*right/i.test(String(element.properties.style ?? '')));
}

/** Furniture by tag, role, class or id, or a block that is mostly links; never one holding the <h1>. */
function blockFurniture(element: Element): string | undefined {
  if (['body', 'main', 'article', 'html'].includes(element.tagName)) return undefined;
  if (hasDescendant(element, (e) => e.tagName === 'h1')) return undefined;
  const named = furnitureReason(element);
  const density = linkDensity(element);
  if (named) return density.chars - density.linkChars > 300 ? undefined : named;
  if (density.links >= 2 && density.linkChars > 0.6 * density.chars) return `block of ${density.links} links (a menu or a related-article list)`;
  return undefined;
}

function emitFurniture(element: Element, why: string, walk: Walk): void {
  const text = collapseSpace(rawText(element, ' ').replace(/\n/g, ' '));
  const line = element.position?.start.line;
  if (text) walk.blocks.push({ text, hint: { kind: 'furniture', why }, ...(line !== undefined ? { line } : {}) });
}

function emitRun(run: readonly ElementContent[], walk: Walk, hint: LineHint | undefined, aligned: boolean): void {
  emitRunText(run, walk, hint, aligned);
  walk.blocks.push(...walk.inlineFurniture);
  walk.inlineFurniture = [];
}

function emitRunText(run: readonly ElementContent[], walk: Walk, hint: LineHint | undefined, aligned: boolean): void {
  if (run.length === 0) return;
  const lines = runLines(run, aligned);
  // The first block of a page in bold is its title, not a heading: the classifier decides.
  const first = walk.blocks.every((b) => b.hint?.kind === 'furniture');
  const bold = !hint && !first && lines.length === 1 && wholeRunBold(run) ? boldHeading(lines[0]!.text) : undefined;
  for (const l of lines) {
    const h = hint?.kind === 'title' && l !== lines[0] && l.text.startsWith('——') ? { kind: 'subtitle' as const, why: `——line after a <br> in the title (${hint.why})` } : (hint ?? bold);
    walk.blocks.push({ text: l.text, ...(h ? { hint: h } : {}), ...(l.line !== undefined ? { line: l.line } : {}), ...(l.joinedBreaks.length ? { joinedBreaks: l.joinedBreaks } : {}) });
  }
  for (const image of images(run)) {
    const alt = altCaption(image);
    const line = image.position?.start.line;
    if (alt && !walk.blocks.slice(-3).some((b) => b.text.includes(alt) || alt.includes(b.text))) {
      walk.blocks.push({ text: alt, hint: { kind: 'caption', why: ALT_WHY }, ...(line !== undefined ? { line } : {}) });
    }
  }
}

function wholeRunBold(run: readonly ElementContent[]): boolean {
  const visible = run.filter((n) => !(n.type === 'text' && n.value.trim() === '') && !(n.type === 'element' && n.tagName === 'br'));
  return visible.length > 0 && visible.every((n) => n.type === 'element' && ['strong', 'b'].includes(n.tagName));
}

/** A short unpunctuated paragraph wholly in bold is a heading in Word files and many CMS pages. */
function boldHeading(text: string): LineHint | undefined {
  return [...text].length <= 30 && !/[。！？；，,]$/u.test(text) ? { kind: 'heading', level: 2, why: 'paragraph wholly in bold' } : undefined;
}

function images(run: readonly ElementContent[]): Element[] {
  const out: Element[] = [];
  const visit = (n: ElementContent) => {
    if (n.type !== 'element') return;
    if (n.tagName === 'img') out.push(n);
    else n.children.forEach(visit);
  };
  run.forEach(visit);
  return out;
}

/** A centred paragraph holding an image with text, or right after or before an image: the photo's caption. */
function captionBesideImage(element: Element): LineHint | undefined {
  if (!isCentred(element) || !['p', 'div', 'center', 'span'].includes(element.tagName)) return undefined;
  const text = collapseSpace(rawText(element));
  if (!text || [...text].length > 120) return undefined;
  const hasImage = (e: ElementContent | undefined) => e?.type === 'element' && (e.tagName === 'img' || hasDescendant(e, (d) => d.tagName === 'img'));
  if (hasImage(element) || neighbourHasImage(element, hasImage)) return { kind: 'caption', why: 'centred paragraph beside an image' };
  return undefined;
}

const parents = new WeakMap<Element, Element>();

function neighbourHasImage(element: Element, hasImage: (e: ElementContent | undefined) => boolean): boolean {
  const parent = parents.get(element);
  if (!parent) return false;
  const siblings = parent.children.filter((c): c is Element => c.type === 'element');
  const i = siblings.indexOf(element);
  return hasImage(siblings[i - 1]) || hasImage(siblings[i + 1]);
}

/** Records every element's parent (the caption rule looks at an element's neighbours). */
export function indexParents(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (node.type === 'element') parents.set(child, node);
    indexParents(child);
  }
}
