import type { BadInputCase } from './bad-input-case.js';
import { EXCHANGE_CASES } from './cases-exchange.js';
import { OVERRIDE_CASES, PROJECT_FILE_CASES, TRANSLATE_CONFIG_CASES } from './cases-project-files.js';
import { SOURCE_SYNC_ALIGN_CASES } from './cases-sources-sync-align.js';

/** Every bad-input case, over every command that reads a user's file. */
export const BAD_INPUT_CASES: BadInputCase[] = [...EXCHANGE_CASES, ...PROJECT_FILE_CASES, ...OVERRIDE_CASES, ...TRANSLATE_CONFIG_CASES, ...SOURCE_SYNC_ALIGN_CASES];

/** Cases also run through the real bin (node bin/duizhao.js): one or more per command. */
export const REAL_BIN_CASE_NAMES = [
  'memory import (tmx) · external entity declaration (<!ENTITY e SYSTEM "file:///etc/passwd">)',
  'memory import (csv) · an unclosed quote',
  'memory import (jsonl) · UTF-8 BOM is accepted',
  'xliff import · billion-laughs entity expansion',
  'glossary import (csv) · an .xlsx workbook',
  'build · corpus/licheng/report.yaml: a duplicate key',
  'check · duizhao.yaml: a list instead of a mapping',
  'glossary lint · glossary/slogans.yaml: UTF-16LE with BOM',
  'status · translations/memory/memory.jsonl: a truncated last line (a write cut short)',
  'ingest licheng · corpus/licheng/overrides.yaml: a find text the line no longer has',
  'translate licheng --backend openai --dry-run · duizhao.yaml: "batchSize" is text',
  'add · binary bytes',
  'sync · an id altered',
  'align · --out onto the memory file is refused',
];
export const REAL_BIN_CASES = REAL_BIN_CASE_NAMES.map((name) => {
  const found = BAD_INPUT_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no bad-input case named ${name}`);
  return found;
});

export const BAD_INPUT_CASE_COUNT = BAD_INPUT_CASES.length;
