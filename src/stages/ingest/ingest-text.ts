import type { Block } from '../../model/document.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { applyBlockHints, dropFurnitureLines, joinLinesWithHints } from './apply-hints.js';
import { classifyBlocks } from './classify-blocks.js';
import type { LineHint } from './formats/converted-source.js';
import { numberHeadingSeries } from './heading-series.js';
import { applyBlockOverrides, applyTextOverrides, type Overrides } from './overrides.js';
import { removePinyinAnnotations } from './repair-pinyin.js';
import { normalisePunctuationWidth } from './repair-punctuation.js';
import { buildMojibakeContext, repairMojibake } from './repair-mojibake.js';
import { RepairLog, type SourceLine } from './source-line.js';

export interface IngestTextOptions {
  /** Project-relative path of the text read (source.txt, or extracted.txt for other formats), used in diagnostics. */
  file: string;
  /** What the file's structure says about lines (from an HTML, DOCX or PDF converter). */
  hints?: ReadonlyMap<number, LineHint>;
  overrides?: Overrides;
  overridesFile?: string;
}

export interface IngestTextResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/**
 * Decoded report text → structured blocks. Order matters: a person's overrides first, then the
 * furniture the file's structure marks, mojibake (its patterns are raw bytes gone wrong), pinyin,
 * punctuation width, then the cross-line joins and the structure (the file's hints outrank the
 * classifier; overrides.yaml outranks both). Every change is logged.
 */
export function ingestText(text: string, options: IngestTextOptions): IngestTextResult {
  const log = new RepairLog(options.file);
  const overrides = options.overrides ?? { text: [], blocks: [] };
  const overridesFile = options.overridesFile ?? 'overrides.yaml';
  let lines: SourceLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ no: i + 1, text: t.replace(/[\t \u00a0\u3000]+$/u, '') }));
  const hints = options.hints ?? new Map<number, LineHint>();
  lines = applyTextOverrides(lines, overrides, overridesFile, log);
  lines = dropFurnitureLines(lines, hints, new Set(overrides.blocks.map((o) => o.line)), log);
  const mojibake = buildMojibakeContext(lines);
  lines = lines.map((line) => {
    const repaired = repairMojibake(line, mojibake, log);
    return normalisePunctuationWidth(removePinyinAnnotations(repaired, log), log);
  });
  const blocks = classifyBlocks(joinLinesWithHints(lines, hints, log));
  applyBlockHints(blocks, hints, log);
  numberHeadingSeries(blocks, log);
  applyBlockOverrides(blocks, overrides, overridesFile, log);
  return { blocks, diagnostics: log.diagnostics };
}
