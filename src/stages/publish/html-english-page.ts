import type { ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { SegmentedDocument } from '../../model/document.js';
import type { PlaceNames } from '../render/edition-front-matter.js';
import { englishEditionTree } from '../render/english-edition.js';
import { renderHtmlDocument } from './html-document.js';
import { publishedNames } from './published-names.js';

/**
 * The English edition as a static page: the same mdast tree as the Markdown edition, turned into
 * HTML by remark-rehype (translator's notes become footnotes at the end, linked both ways), under
 * a line naming the Chinese source.
 */
export function renderEnglishPage(doc: SegmentedDocument, places: PlaceNames = {}): string {
  const { frontMatter, tree } = englishEditionTree(doc, places);
  const hast = unified()
    .use(remarkRehype, { footnoteLabel: 'Translator’s notes', footnoteBackLabel: (n) => `Back to note ${n + 1}` })
    .runSync(tree) as HastRoot;
  const names = publishedNames(doc.meta.id);
  const source = h('p', { className: ['source-title'] }, [
    'Translated from the Chinese: ',
    h('span', { lang: doc.meta.language }, doc.meta.title),
    doc.meta.date ? ` (${doc.meta.date})` : '',
  ]);
  return renderHtmlDocument({
    title: String(frontMatter.title),
    lang: 'en',
    nav: [['index.html', 'All editions'], [names.alignedHtml, 'Chinese and English side by side']],
    content: afterHeadline(hast.children as ElementContent[], source),
  });
}

/** `extra` placed right after the headline (the first <h1>), or first when there is none. */
function afterHeadline(children: ElementContent[], extra: ElementContent): ElementContent[] {
  const at = children.findIndex((c) => c.type === 'element' && c.tagName === 'h1');
  return [...children.slice(0, at + 1), extra, ...children.slice(at + 1)];
}
