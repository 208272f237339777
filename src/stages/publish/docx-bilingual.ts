import { Document, FootnoteReferenceRun, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SegmentedDocument, SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { withBrokenOffNotes } from '../render/broken-off-pieces.js';
import { footnoteOf } from '../render/edition-footnotes.js';
import { headlineParagraph } from '../render/edition-front-matter.js';
import { paragraphEnglish } from '../render/edition-text.js';
import { packDocx } from './docx-pack.js';
import { segmentStatus } from './segment-status.js';

type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/**
 * The bilingual edition as a Word document: a two-column table, the Chinese left and the English
 * right, one row per segment in the order of the Chinese; a title or heading is one row in a
 * Word heading style in both columns. A segment without a final translation is labelled in
 * bold; a translator's note is a Word footnote on its English.
 */
export async function renderBilingualDocx(doc: SegmentedDocument): Promise<Uint8Array> {
  const headline = headlineParagraph(doc);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const note = (text: string) => {
    const n = Object.keys(footnotes).length + 1;
    footnotes[n] = { children: [new Paragraph({ text })] };
    return new FootnoteReferenceRun(n);
  };
  const rows = [
    new TableRow({ tableHeader: true, children: [cell([new Paragraph({ children: [new TextRun({ text: '中文', bold: true })] })]), cell([new Paragraph({ children: [new TextRun({ text: 'English', bold: true })] })])] }),
    ...doc.paragraphs.flatMap((p) => paragraphRows(p, note, withBrokenOffNotes(doc))),
  ];
  return packDocx(new Document({
    title: headline ? paragraphEnglish(headline) : doc.meta.title,
    creator: 'duizhao',
    footnotes,
    sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: headline ? paragraphEnglish(headline) : doc.meta.title }),
      new Paragraph({ children: [new TextRun({ text: `${doc.meta.title} — Chinese and English side by side`, italics: true })] }),
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [4200, 5100], rows }),
    ] }],
  }));
}

function paragraphRows(p: SegmentedParagraph, note: (text: string) => FootnoteReferenceRun, defaults: ReadonlyMap<TranslationUnit, string>): TableRow[] {
  const heading = headingLevel(p);
  const para = (children: Array<TextRun | FootnoteReferenceRun>) => new Paragraph({ heading, children });
  if (heading) {
    const zh = para(p.units.map((u) => new TextRun(u.source)));
    const en = para(p.units.flatMap((u, i) => [...(i ? [new TextRun(' ')] : []), ...englishRuns(u, note, i === 0 && p.block.ordinal ? `${p.block.ordinal}. ` : '', defaults)]));
    return [new TableRow({ cantSplit: true, children: [cell([zh]), cell([en])] })];
  }
  return p.units.map((u) => new TableRow({ cantSplit: true, children: [cell([para([new TextRun(u.source)])]), cell([para(englishRuns(u, note, '', defaults))])] }));
}

/** Title in Heading 2 (the page's headline is Heading 1), headings in Heading 3–6. */
function headingLevel(p: SegmentedParagraph): Level | undefined {
  if (p.block.type === 'title') return HeadingLevel.HEADING_2;
  if (p.block.type !== 'heading') return undefined;
  return [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6][Math.min(3, Math.max(0, (p.block.level ?? 1) - 1))];
}

function englishRuns(unit: TranslationUnit, note: (text: string) => FootnoteReferenceRun, prefix: string, defaults: ReadonlyMap<TranslationUnit, string>): Array<TextRun | FootnoteReferenceRun> {
  const status = segmentStatus(unit);
  const label = (text: string) => new TextRun({ text: `[${text}] `, bold: true });
  const text = footnoteOf(unit, defaults);
  const footnote = text ? [note(text)] : [];
  if (status === 'final') return [new TextRun(prefix + unit.target), ...footnote];
  if (status === 'draft') return [label('MACHINE DRAFT'), new TextRun(prefix + unit.target), ...footnote];
  const suggestion = unit.suggestions?.[0];
  if (status === 'fuzzy' && suggestion) {
    const score = suggestion.score !== undefined ? ` ${Math.floor(suggestion.score)}%` : '';
    return [label(`FUZZY MATCH${score}`), new TextRun(prefix + suggestion.target)];
  }
  return [label('UNTRANSLATED')];
}

function cell(children: Paragraph[]): TableCell {
  return new TableCell({ children });
}
