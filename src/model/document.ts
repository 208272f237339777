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
  /** 1-based line in source.txt where the block starts (for diagnostics). */
  sourceLine: number;
}

/** The segment kind a block's segments get: paragraphs split into sentences. */
export function segmentKindOf(type: BlockType): SegmentKind {
  return type === 'paragraph' ? 'sentence' : type;
}

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
