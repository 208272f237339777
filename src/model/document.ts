import type { SegmentKind, TranslationUnit } from './unit.js';

/** Structural role of a block of the ingested report. */
export type BlockType = 'title' | 'subtitle' | 'heading' | 'paragraph' | 'caption' | 'byline' | 'dateline';

export interface Block {
  type: BlockType;
  /** Chinese text, original script, after repairs. */
  text: string;
  /** Heading depth: 1 for 一、, 2 for （一）, 3 for 1. (only for headings). */
  level?: number;
  /** An ordinal printed apart from its heading in the source (e.g. the Licheng "twelve efforts"). */
  ordinal?: string;
  /** 1-based line where the block starts, in source.txt (text) or extracted.txt (other formats). */
  sourceLine: number;
}

/** The segment kind a block's segments get: paragraphs split into sentences. */
export function segmentKindOf(type: BlockType): SegmentKind {
  return type === 'paragraph' ? 'sentence' : type;
}

/** The kinds of file `duizhao add` accepts, sniffed from the bytes (not only the extension). */
export type SourceFormat = 'text' | 'html' | 'docx' | 'pdf';

/** corpus/<slug>/source.<ext> for each format: the received bytes, kept unchanged. */
export const SOURCE_EXTENSIONS: Readonly<Record<SourceFormat, string>> = { text: 'txt', html: 'html', docx: 'docx', pdf: 'pdf' };

export interface ReportMeta {
  /** Slug: folder name under corpus/. */
  id: string;
  title: string;
  county?: string;
  province?: string;
  city?: string;
  publisher?: string;
  source?: string;
  date?: string;
  script: 'Hans' | 'Hant';
  language: string;
  /** Format of source.<ext>; absent in projects made before formats other than text existed (= text). */
  format?: SourceFormat;
  /** sha256 of the zh.md written by the last ingest, so a hand-edited zh.md is never overwritten. */
  ingestedHash?: string;
}

export interface SegmentedParagraph {
  /** 1-based block index. */
  index: number;
  block: Block;
  /** Line of the block in zh.md. */
  line: number;
  units: TranslationUnit[];
}

export interface SegmentedDocument {
  meta: ReportMeta;
  paragraphs: SegmentedParagraph[];
}

/** How far a report's translation has got, segment by segment. */
export interface SegmentCounts {
  segments: number;
  translated: number;
  reviewed: number;
  approved: number;
  draft: number;
  fuzzy: number;
  missing: number;
}
