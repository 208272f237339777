import type { PhrasingContent, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { stringify } from 'yaml';
import type { SegmentedDocument } from '../../model/document.js';
import { documentUnits } from '../segment/segment-document.js';
import { createEditionFootnotes, paragraphInlines } from './edition-footnotes.js';
import { coverageOf, paragraphEnglish, withOrdinal } from './edition-text.js';

/**
 * The English edition: YAML front matter (title, source, date, coverage), then the report in its
 * own order as Markdown built as an mdast tree and stringified by remark, so any *, _, # or <
 * in a translation is escaped correctly. Translator's notes (a memory entry's `footnote`) become
 * Markdown footnotes, numbered in reading order, defined at the end.
 */
export function renderEnglishEdition(doc: SegmentedDocument): string {
  const units = documentUnits(doc);
  const coverage = coverageOf(units);
  const title = doc.paragraphs.find((p) => p.block.type === 'title');
  const frontMatter: Record<string, unknown> = {
    title: title ? paragraphEnglish(title) : doc.meta.title,
    source: { title: doc.meta.title, file: `corpus/${doc.meta.id}/source.txt`, language: doc.meta.language },
  };
  if (doc.meta.date) frontMatter.date = doc.meta.date;
  for (const key of ['county', 'city', 'province'] as const) if (doc.meta[key]) frontMatter[key] = doc.meta[key];
  frontMatter.coverage = `${coverage.translated}/${coverage.total} segments translated`
    + (coverage.draft ? `, ${coverage.draft} machine drafts` : '')
    + (coverage.fuzzy ? `, ${coverage.fuzzy} fuzzy suggestions` : '')
    + (coverage.missing ? `, ${coverage.missing} untranslated` : '');
  const footnotes = createEditionFootnotes();
  const children: RootContent[] = doc.paragraphs.map((p) => {
    return blockNode(p.block.type, p.block.level, paragraphInlines(p, footnotes, withOrdinal(p, '')));
  });
  children.push(...footnotes.definitions());
  const body = remark().use(remarkGfm).stringify({ type: 'root', children } satisfies Root);
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`;
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
