import { Document, HeadingLevel, Paragraph } from 'docx';
import type { FootnoteDefinition, Paragraph as MdParagraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SegmentedDocument } from '../../model/document.js';
import type { PlaceNames } from '../render/edition-front-matter.js';
import { englishEditionTree } from '../render/english-edition.js';
import { docxRuns } from './docx-inlines.js';
import { packDocx } from './docx-pack.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * The English edition as a Word document, from the same mdast tree as the Markdown edition: the
 * headline and headings in Word's Heading 1–6 styles, translator's notes as Word footnotes.
 */
export async function renderEnglishDocx(doc: SegmentedDocument, places: PlaceNames = {}): Promise<Uint8Array> {
  const { frontMatter, tree } = englishEditionTree(doc, places);
  const body = tree.children.filter((n) => n.type !== 'footnoteDefinition').map(blockParagraph);
  const footnotes = Object.fromEntries(
    tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')
      .map((n) => [Number(n.identifier), { children: n.children.map((c) => new Paragraph({ children: docxRuns((c as MdParagraph).children ?? []) })) }]),
  );
  const source = new Paragraph({ children: docxRuns([{ type: 'emphasis', children: [{ type: 'text', value: `Translated from the Chinese: ${doc.meta.title}` }] }]) });
  return packDocx(new Document({
    title: String(frontMatter.title),
    creator: 'duizhao',
    footnotes,
    sections: [{ children: [body[0]!, source, ...body.slice(1)].filter(Boolean) }],
  }));
}

function blockParagraph(node: RootContent): Paragraph {
  if (node.type === 'heading') return new Paragraph({ heading: HEADINGS[node.depth - 1], children: docxRuns(node.children) });
  if (node.type === 'paragraph') return new Paragraph({ children: docxRuns(node.children) });
  return new Paragraph({ text: toString(node) });
}
