import type { Block } from '../../model/document.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { classifyBlocks } from './classify-blocks.js';
import { numberHeadingSeries } from './heading-series.js';
import { joinLines } from './join-lines.js';
import { applyBlockOverrides } from './apply-block-overrides.js';
import { applyTextOverrides, emptyOverrides } from './overrides.js';
import type { Overrides } from './overrides.js';
import { removePinyinAnnotations } from './repair-pinyin.js';
import { normalisePunctuationWidth } from './repair-punctuation.js';
import { buildMojibakeContext, repairMojibake } from './repair-mojibake.js';
import { RepairLog, type SourceLine } from './source-line.js';

export interface IngestTextOptions {
  /** Project-relative path of source.txt, used in diagnostics. */
  file: string;
  overrides?: Overrides;
  overridesFile?: string;
  /** The project's own Chinese terms (glossary), counted as real Chinese by the mojibake model. */
  knownWords?: readonly string[];
}

export interface IngestTextResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/**
 * Decoded report text → structured blocks. Order matters: a person's overrides first, then
 * mojibake (its patterns are raw bytes gone wrong), pinyin, punctuation width, then the
 * cross-line joins and the structure. Every change is logged.
 */
export function ingestText(text: string, options: IngestTextOptions): IngestTextResult {
  const log = new RepairLog(options.file);
  const overrides = options.overrides ?? emptyOverrides();
  const overridesFile = options.overridesFile ?? 'overrides.yaml';
  let lines: SourceLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ no: i + 1, text: t.replace(/[\t \u00a0\u3000]+$/u, '') }));
  lines = applyTextOverrides(lines, overrides, overridesFile, log);
  const mojibake = buildMojibakeContext(lines, options.knownWords);
  lines = lines.map((line) => {
    const repaired = repairMojibake(line, mojibake, log);
    const final = normalisePunctuationWidth(removePinyinAnnotations(repaired, log), log);
    log.settle(final);
    return final;
  });
  const classified = classifyBlocks(joinLines(lines, log));
  numberHeadingSeries(classified, log);
  const blocks = applyBlockOverrides(classified, overrides, overridesFile, log);
  return { blocks, diagnostics: log.diagnostics };
}
