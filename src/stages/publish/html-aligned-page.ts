import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SegmentedDocument, SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { withBrokenOffNotes } from '../render/broken-off-pieces.js';
import { footnoteOf } from '../render/edition-footnotes.js';
import { headlineParagraph } from '../render/edition-front-matter.js';
import { paragraphEnglish, withOrdinal } from '../render/edition-text.js';
import { renderHtmlDocument } from './html-document.js';
import { markedEnglish, markedSource } from './marked-text.js';
import { PUBLISH_INDEX, publishedNames } from './published-names.js';
import { segmentStatus, type SegmentStatus } from './segment-status.js';

/** Content of a cell: hast nodes and plain text (escaped when serialised). */
type Inline = ElementContent | string;

/**
 * The side-by-side page: one table row per segment in the order of the Chinese, the Chinese on
 * the left, its English on the right; a heading is one row with the heading in both columns, so
 * headings stay aligned. Glossary terms are marked in both columns (the other language as their
 * title); a machine draft, a fuzzy suggestion or an untranslated segment carries a visible label.
 */
export function renderAlignedPage(doc: SegmentedDocument): string {
  const headline = headlineParagraph(doc);
  const title = headline ? paragraphEnglish(headline) : doc.meta.title;
  const lang = doc.meta.language;
  const table = h('table', { className: ['aligned'] }, [
    h('colgroup', [h('col', { className: ['zh'] }), h('col', { className: ['en'] })]),
    h('thead', [h('tr', [h('th', { scope: 'col', lang }, '中文'), h('th', { scope: 'col' }, 'English')])]),
    h('tbody', doc.paragraphs.flatMap((p) => paragraphRows(p, lang, withBrokenOffNotes(doc)))),
  ]);
  return renderHtmlDocument({
    title: `${title} — Chinese and English`,
    lang: 'en',
    bodyClass: 'aligned',
    nav: [[PUBLISH_INDEX, 'All editions'], [publishedNames(doc.meta.id).englishHtml, 'English edition']],
    content: [h('h1', [title, ' ', h('span', { lang }, `(${doc.meta.title})`)]), table],
  });
}

/** A heading-like block is one row (so both headings sit side by side); a paragraph gives one row per sentence. */
function paragraphRows(p: SegmentedParagraph, lang: string, defaults: ReadonlyMap<TranslationUnit, string>): Element[] {
  const tag = blockTag(p);
  const notes = (units: readonly TranslationUnit[]) => noteParagraphs(units, defaults);
  const cell = (content: Inline[]) => [h(tag, content)];
  if (tag !== 'p') {
    const zh = p.units.flatMap(markedSource);
    const en = p.units.flatMap((u, i): Inline[] => [...(i ? [' '] : []), ...englishOf(u, i === 0 ? withOrdinal(p, '') : '')]);
    const status = p.units.map(segmentStatus).find((s) => s !== 'final') ?? 'final';
    return [row(p.units[0]!, status, true, lang, cell(zh), [...cell(en), ...notes(p.units)])];
  }
  return p.units.map((u, i) => row(u, segmentStatus(u), i === 0, lang, cell(markedSource(u)), [...cell(englishOf(u, '')), ...notes([u])]));
}

/** The element a block's text goes in: headings keep their level (title h2, headings h3–h6) under the page's h1. */
function blockTag(p: SegmentedParagraph): string {
  if (p.block.type === 'title') return 'h2';
  if (p.block.type === 'heading') return `h${Math.min(6, 2 + Math.max(1, p.block.level ?? 1))}`;
  return 'p';
}

function row(unit: TranslationUnit, status: SegmentStatus, first: boolean, lang: string, zh: Inline[], en: Inline[]): Element {
  const className = [...(status === 'final' ? [] : [status]), ...(first ? ['paragraph-start'] : [])];
  return h('tr', { id: `seg-${unit.id}`, className: className.length ? className : undefined, dataState: unit.state }, [
    h('td', { lang }, zh),
    h('td', en),
  ]);
}

/** The English shown for a unit: its target (a draft labelled), a fuzzy suggestion labelled, or only the label. */
function englishOf(unit: TranslationUnit, prefix: string): Inline[] {
  const status = segmentStatus(unit);
  const label = (text: string) => h('span', { className: ['state', status] }, text);
  if (status === 'final') return [prefix, ...markedEnglish(unit.target ?? '', unit)];
  if (status === 'draft') return [label('Machine draft'), prefix, ...markedEnglish(unit.target ?? '', unit)];
  const suggestion = unit.suggestions?.[0];
  if (status === 'fuzzy' && suggestion) {
    const score = suggestion.score !== undefined ? ` ${Math.floor(suggestion.score)}%` : '';
    return [label(`Fuzzy match${score}`), prefix, ...markedEnglish(suggestion.target, unit)];
  }
  return [label('Untranslated')];
}

/** Translator's notes of the units shown, as the English edition prints them (footnoteOf). */
function noteParagraphs(units: readonly TranslationUnit[], defaults: ReadonlyMap<TranslationUnit, string>): Element[] {
  return units.flatMap((u) => {
    const note = footnoteOf(u, defaults);
    return note ? [h('p', { className: ['note'] }, [h('strong', 'Translator’s note: '), note])] : [];
  });
}
