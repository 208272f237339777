import type { Block } from '../../model/document.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { chooseTitle } from './choose-title.js';
import { classifyBlocks } from './classify-blocks.js';
import type { LineHint } from './formats/converted-source.js';
import { recogniseFurniture } from './furniture/recognise-furniture.js';
import { numberHeadingSeries } from './heading-series.js';
import { joinLines } from './join-lines.js';
import { applyBlockOverrides, applyTextOverrides, type Overrides } from './overrides.js';
import { removePinyinAnnotations } from './repair-pinyin.js';
import { normalisePunctuationWidth } from './repair-punctuation.js';
import { buildMojibakeContext, repairMojibake } from './repair-mojibake.js';
import { RepairLog, type SourceLine } from './source-line.js';

export interface IngestTextOptions {
  /** Project-relative path of source.txt, used in diagnostics. */
  file: string;
  overrides?: Overrides;
  overridesFile?: string;
  /** What the file's own structure says about lines of `text` (HTML, DOCX, PDF); outranks the guesses. */
  hints?: ReadonlyMap<number, LineHint>;
}

export interface IngestTextResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/**
 * Decoded report text → structured blocks. Order matters: a person's overrides first, then
 * mojibake (its patterns are raw bytes gone wrong), pinyin, punctuation width, then the line
 * furniture (dropped, or given a role), the cross-line joins, the title by evidence and the
 * structure. Every change is logged; every uncertain decision is a warning ("need a look").
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
  const mojibake = buildMojibakeContext(lines);
  lines = lines.map((line) => {
    const repaired = repairMojibake(line, mojibake, log);
    const hint = hints.get(line.no);
    return { ...normalisePunctuationWidth(removePinyinAnnotations(repaired, log), log), ...(hint ? { hint } : {}) };
  });
  lines = dropHintedFurniture(lines, log);
  const furniture = recogniseFurniture(lines, log);
  const joined = joinLines(furniture.lines, log);
  const blocks = classifyBlocks(joined, chooseTitle(joined, furniture.titleEvidence, log).index, log);
  numberHeadingSeries(blocks, log);
  applyBlockOverrides(blocks, overrides, overridesFile, log);
  return { blocks, diagnostics: log.diagnostics };
}

/** Lines the file's structure marks as furniture (a <nav>, a running head) are dropped, and logged. */
function dropHintedFurniture(lines: readonly SourceLine[], log: RepairLog): SourceLine[] {
  return lines.filter((line) => {
    if (line.hint?.kind !== 'furniture' || line.text.trim() === '') return true;
    log.repair('ingest/furniture', line.no, `${line.hint.why}; dropped`, line.text.trim(), '(dropped)', 'warning');
    return false;
  });
}
