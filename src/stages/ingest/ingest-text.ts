import type { Block } from '../../model/document.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { chooseTitle } from './choose-title.js';
import { classifyBlocks } from './classify-blocks.js';
import type { LineHint } from './formats/converted-source.js';
import { recogniseFurniture } from './furniture/recognise-furniture.js';
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
  /** What the file's own structure says about lines of `text` (HTML, DOCX, PDF); outranks the guesses. */
  hints?: ReadonlyMap<number, LineHint>;
  /** The project's own Chinese terms (glossary), counted as real Chinese by the mojibake model. */
  knownWords?: readonly string[];
}

export interface IngestTextResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/**
 * Decoded report text → structured blocks. Order matters: a person's overrides first, then
 * mojibake (its patterns are raw bytes gone wrong), pinyin, punctuation width, then the print
 * furniture (running heads, page numbers) and the line furniture (dropped, or given a role), the
 * cross-line joins, the title by evidence and the structure. Every change is logged; every
 * uncertain decision is a warning ("need a look").
 */
export function ingestText(text: string, options: IngestTextOptions): IngestTextResult {
  const log = new RepairLog(options.file);
  const overrides = options.overrides ?? emptyOverrides();
  const overridesFile = options.overridesFile ?? 'overrides.yaml';
  let lines: SourceLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ no: i + 1, text: t.replace(/[\t \u00a0\u3000]+$/u, '') }));
  const hints = options.hints ?? new Map<number, LineHint>();
  lines = applyTextOverrides(lines, overrides, overridesFile, log);
  const mojibake = buildMojibakeContext(lines, options.knownWords);
  lines = lines.map((line) => {
    const repaired = repairMojibake(line, mojibake, log);
    const hint = hints.get(line.no);
    const final = normalisePunctuationWidth(removePinyinAnnotations(repaired, log), log);
    log.settle(final);
    return { ...final, ...(hint ? { hint } : {}) };
  });
  const keep = new Set(overrides.blocks.map((o) => o.line));
  lines = dropHintedFurniture(lines, keep, log);
  const furniture = recogniseFurniture(lines, log, keep);
  const joined = joinLines(furniture.lines, log);
  const classified = classifyBlocks(joined, chooseTitle(joined, furniture.titleEvidence, log).index, log);
  numberHeadingSeries(classified, log);
  const blocks = applyBlockOverrides(classified, overrides, overridesFile, log);
  return { blocks, diagnostics: log.diagnostics };
}

/**
 * Lines the file's structure marks as furniture (a <nav>, a share widget, a running head) are
 * dropped and logged with the reason; the structure said so, so this is a repair, not a doubt. A
 * line a person named in overrides.yaml is kept: the person outranks the file.
 */
function dropHintedFurniture(lines: readonly SourceLine[], keep: ReadonlySet<number>, log: RepairLog): SourceLine[] {
  const out: SourceLine[] = [];
  let dropped = false;
  for (const line of lines) {
    // The blank line after a dropped one goes with it, so no run of blank lines is left behind.
    if (dropped && line.text.trim() === '') continue;
    dropped = line.hint?.kind === 'furniture' && !keep.has(line.no) && line.text.trim() !== '';
    if (dropped) log.repair('ingest/furniture', line.no, `dropped: ${line.hint!.why}`, line.text.trim(), '');
    else out.push(line);
  }
  return out;
}
