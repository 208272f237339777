import { h } from 'hastscript';
import type { SegmentedDocument } from '../../model/document.js';
import { headlineParagraph } from '../render/edition-front-matter.js';
import { coverageOf, paragraphEnglish } from '../render/edition-text.js';
import { documentUnits } from '../segment/segment-document.js';
import { renderHtmlDocument } from './html-document.js';
import { publishedNames } from './published-names.js';

/** The index of the published editions: per report its English headline, Chinese title, coverage and both pages. */
export function renderIndexPage(docs: readonly SegmentedDocument[]): string {
  const items = docs.map((doc) => {
    const headline = headlineParagraph(doc);
    const names = publishedNames(doc.meta.id);
    const c = coverageOf(documentUnits(doc));
    const open = c.total - c.translated;
    return h('li', [
      h('a', { href: names.englishHtml }, headline ? paragraphEnglish(headline) : doc.meta.title),
      h('br'),
      h('span', { lang: doc.meta.language }, doc.meta.title),
      doc.meta.date ? ` · ${doc.meta.date}` : '',
      ` · ${c.translated} of ${c.total} segments translated${open ? ` (${open} not final)` : ''} · `,
      h('a', { href: names.alignedHtml }, 'Chinese and English side by side'),
    ]);
  });
  return renderHtmlDocument({
    title: 'Editions',
    lang: 'en',
    content: [h('h1', 'Editions'), h('ul', { className: ['editions'] }, items)],
  });
}
