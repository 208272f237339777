import { segmentKindOf, type ReportMeta, type SegmentedDocument, type SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import type { ParsedBlock } from '../../stores/zh-markdown.js';
import { assignSegmentIds, segmentKey } from '../../text/segment-key.js';
import { splitSentences } from './split-sentences.js';

export interface SegmentDocumentOptions {
  meta: ReportMeta;
  /** Project-relative path of zh.md, for unit locations. */
  file: string;
}

/**
 * Blocks → aligned units. Paragraphs split into sentences; every other block (title, heading,
 * caption, byline, dateline) is one segment. Ids hash the normalised source, so they depend only
 * on a segment's own text (and how often the same text occurred before it in the report).
 */
export function segmentDocument(blocks: readonly ParsedBlock[], options: SegmentDocumentOptions): SegmentedDocument {
  const pieces: Array<{ block: number; text: string }> = [];
  blocks.forEach((block, index) => {
    const texts = block.type === 'paragraph' ? splitSentences(block.text) : [block.text];
    for (const text of texts) if (text.trim()) pieces.push({ block: index, text: text.trim() });
  });
  const keys = pieces.map((p) => segmentKey(p.text));
  const ids = assignSegmentIds(keys);
  const paragraphs: SegmentedParagraph[] = blocks.map((block, index) => ({ index: index + 1, block, line: block.line, units: [] }));
  pieces.forEach((piece, i) => {
    const paragraph = paragraphs[piece.block]!;
    const unit: TranslationUnit = {
      id: ids[i]!,
      key: keys[i]!,
      source: piece.text,
      kind: segmentKindOf(paragraph.block.type),
      state: 'empty',
      notes: [],
      location: { report: options.meta.id, file: options.file, line: paragraph.line, paragraph: paragraph.index, index: paragraph.units.length },
    };
    paragraph.units.push(unit);
  });
  return { meta: options.meta, paragraphs: paragraphs.filter((p) => p.units.length > 0) };
}

/** Every unit of a document in reading order. */
export function documentUnits(doc: SegmentedDocument): TranslationUnit[] {
  return doc.paragraphs.flatMap((p) => p.units);
}
