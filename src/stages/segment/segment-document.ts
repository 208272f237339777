import { segmentKindOf, type ReportMeta, type SegmentedDocument, type SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import type { ParsedBlock } from '../render/zh-markdown.js';
import { assignSegmentIds, segmentKey } from './segment-key.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { splitSentences } from './split-sentences.js';
import { markProblemReason, UNBALANCED_MARK_HINT, UNBALANCED_MARK_RULE, unbalancedMarks } from './unbalanced-marks.js';

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
      diagnostics: [],
    };
    paragraph.units.push(unit);
  });
  return { meta: options.meta, paragraphs: paragraphs.filter((p) => p.units.length > 0), diagnostics: markDiagnostics(blocks, options.file) };
}

/** A quote or bracket that does not pair in a paragraph: the split there may not be what the writer meant. */
function markDiagnostics(blocks: readonly ParsedBlock[], file: string): Diagnostic[] {
  return blocks.filter((b) => b.type === 'paragraph').flatMap((block) => unbalancedMarks(block.text).map((problem): Diagnostic => ({
    ruleId: UNBALANCED_MARK_RULE, severity: 'warning', file, line: block.line, reason: markProblemReason(problem, block.text), hint: UNBALANCED_MARK_HINT,
  })));
}

/** Every unit of a document in reading order. */
export function documentUnits(doc: SegmentedDocument): TranslationUnit[] {
  return doc.paragraphs.flatMap((p) => p.units);
}
