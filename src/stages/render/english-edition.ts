import type { PhrasingContent, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { stringify } from 'yaml';
import type { SegmentedDocument } from '../../model/document.js';
import { documentUnits } from '../segment/segment-document.js';
import { withBrokenOffNotes } from './broken-off-pieces.js';
import { createEditionFootnotes, paragraphInlines } from './edition-footnotes.js';
import { englishFrontMatter, headlineParagraph, type PlaceNames } from './edition-front-matter.js';
import { coverageOf, withOrdinal } from './edition-text.js';
import { readingOrder } from './reading-order.js';

/**
 * The English edition: YAML front matter (English headline and places, the Chinese under
 * `source:`, date, coverage), then the report in reading order (readingOrder: the headline first,
 * bylines under their piece's headline) as Markdown built as an mdast tree and stringified by
 * remark, so any *, _, # or < in a translation is escaped correctly. Translator's notes (a memory
 * entry's `footnote`) become Markdown footnotes, numbered in reading order, defined at the end; a
 * piece whose source breaks off mid-sentence gets one saying so (broken-off-pieces.ts) if it has none.
 */
export function renderEnglishEdition(doc: SegmentedDocument, places: PlaceNames = {}): string {
  const { frontMatter, tree } = englishEditionTree(doc, places);
  const body = remark().use(remarkGfm).stringify(tree);
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`;
}

/** The English edition as data: its front matter and its body as an mdast tree (for Markdown, HTML, Word). */
export function englishEditionTree(doc: SegmentedDocument, places: PlaceNames = {}): { frontMatter: Record<string, unknown>; tree: Root } {
  const frontMatter = englishFrontMatter(doc, coverageOf(documentUnits(doc)), places);
  const headline = headlineParagraph(doc);
  const footnotes = createEditionFootnotes();
  const defaults = withBrokenOffNotes(doc);
  const children: RootContent[] = readingOrder(doc.paragraphs, headline).map((p) => {
    const type = p === headline ? 'title' : p.block.type;
    return blockNode(type, p.block.level, paragraphInlines(p, footnotes, withOrdinal(p, ''), defaults));
  });
  children.push(...footnotes.definitions());
  return { frontMatter, tree: { type: 'root', children } };
}

function blockNode(type: string, level: number | undefined, inlines: PhrasingContent[]): RootContent {
  switch (type) {
    case 'title':
      return { type: 'heading', depth: 1, children: inlines };
    case 'heading':
      return { type: 'heading', depth: Math.min(6, Math.max(2, level ?? 2)) as 2, children: inlines };
    case 'subtitle':
      return { type: 'paragraph', children: [{ type: 'strong', children: inlines }] };
    case 'caption':
      return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Photo: ' }, ...inlines] }] };
    case 'byline':
    case 'dateline':
      return { type: 'paragraph', children: [{ type: 'emphasis', children: inlines }] };
    default:
      return { type: 'paragraph', children: inlines };
  }
}
