import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { alignDocument } from '../stages/align/align-paragraphs.js';
import { DEFAULT_MIN_SCORE, formatPairsTsv, LOW_CONFIDENCE_FLAG, toAlignedPairs, type AlignedPair } from '../stages/align/aligned-pairs.js';
import { loadLexicon } from '../stages/align/lexicon.js';
import { layoutParagraphs, markdownParagraphs, pairLineModes, textLayout, type LineSplit, type TextLanguage, type TextParagraph } from '../stages/align/text-paragraphs.js';
import { createGlossaryAnchors } from '../stages/align/glossary-anchors.js';
import { markProblemReason, UNBALANCED_MARK_HINT, UNBALANCED_MARK_RULE, unbalancedMarks } from '../stages/segment/unbalanced-marks.js';
import { segmentKey } from '../text/segment-key.js';
import type { TranslationMemory } from '../stores/memory-jsonl.js';
import { FILE_SIZE_LIMITS, readUserFile } from '../stores/read-user-file.js';
import { loadGlossary } from '../stores/glossary-yaml.js';
import { updateMemory } from '../stores/update-memory.js';
import { importPair } from './import-pair.js';

/** What `align` prints and its default, for the command. */
export { DEFAULT_MIN_SCORE, formatPairsTsv };

export interface AlignFilesOptions {
  zhFile: string;
  enFile: string;
  /** Import into the project's memory at this root. */
  memoryRoot?: string;
  /** Pairs below this score are imported as drafts flagged align/low-confidence. */
  minScore?: number;
  /** Report slug recorded on imported entries. */
  report?: string;
  /** Lines as sentences (`lines`), text to split (`sentences`), or decided from both files (`auto`, the default). */
  split?: LineSplit;
  /** Project whose glossary terms serve as anchors (when it has a glossary/ folder). */
  glossaryRoot?: string;
}

export interface AlignImportResult {
  added: number;
  updated: number;
  unchanged: number;
  lowConfidence: number;
  /** Pairs not imported because a human translation with other text is in the memory. */
  conflicts: string[];
}

export interface AlignFilesResult {
  pairs: AlignedPair[];
  zhSentences: number;
  enSentences: number;
  paragraphBeads: number;
  /** Quotes and brackets in the Chinese text that do not pair (segment/unbalanced-mark). */
  diagnostics: Diagnostic[];
  imported?: AlignImportResult;
}

/** Aligns a Chinese and an English file (UTF-8 text or Markdown) and optionally imports the pairs. */
export async function alignFiles(options: AlignFilesOptions): Promise<AlignFilesResult> {
  const [zhText, enText] = await Promise.all([readInput(options.zhFile, 'zh'), readInput(options.enFile, 'en')]);
  const [zh, en] = inputParagraphs(zhText, enText, options.split ?? 'auto');
  const glossary = options.glossaryRoot !== undefined && existsSync(join(options.glossaryRoot, 'glossary'))
    ? createGlossaryAnchors((await loadGlossary(options.glossaryRoot)).entries) : undefined;
  const doc = alignDocument(zh, en, await loadLexicon(), glossary ? { glossary } : {});
  const pairs = toAlignedPairs(doc.beads, doc.zhSentences, doc.enSentences);
  const result: AlignFilesResult = {
    pairs, zhSentences: doc.zhSentences.length, enSentences: doc.enSentences.length, paragraphBeads: doc.paragraphBeads,
    diagnostics: markDiagnostics(zhText, zh),
  };
  if (options.memoryRoot !== undefined) {
    result.imported = await importPairs(options.memoryRoot, pairs, options.minScore ?? DEFAULT_MIN_SCORE, options.report);
  }
  return result;
}

async function importPairs(root: string, pairs: readonly AlignedPair[], minScore: number, report?: string): Promise<AlignImportResult> {
  // Decided under the memory lock against the file as it is now, as memory import does (updateMemory):
  // English a reviewer saves while align runs is a conflict, never replaced.
  return updateMemory(root, (memory) => importPairsInto(memory, pairs, minScore, report));
}

function importPairsInto(memory: TranslationMemory, pairs: readonly AlignedPair[], minScore: number, report?: string): AlignImportResult {
  const result: AlignImportResult = { added: 0, updated: 0, unchanged: 0, lowConfidence: 0, conflicts: [] };
  const seen = new Map<string, string>();
  for (const pair of pairs) {
    if (pair.zh.length === 0 || pair.en.length === 0) continue;
    const at = `zh sentence ${pair.zh.join(',')}`;
    const key = segmentKey(pair.zhText);
    if (seen.has(key) && seen.get(key) !== pair.enText) {
      result.conflicts.push(`${at}: the same Chinese was aligned earlier to "${seen.get(key)}"; "${pair.enText}" was not imported.`);
      continue;
    }
    seen.set(key, pair.enText);
    const low = pair.score < minScore;
    const outcome = importPair(memory, {
      at, zh: pair.zhText, en: pair.enText,
      ...(low ? { entry: { state: 'draft', flags: [LOW_CONFIDENCE_FLAG] }, note: `aligned with score ${pair.score.toFixed(3)}` } : {}),
    }, { state: 'translated', origin: 'import', report, replaceHint: ALIGN_REPLACE_HINT });
    if (typeof outcome === 'string') {
      result[outcome] += 1;
      if (low && outcome !== 'unchanged') result.lowConfidence += 1;
    } else if ('conflict' in outcome) result.conflicts.push(outcome.conflict);
  }
  return result;
}

const ALIGN_REPLACE_HINT = 'Change it in the bilingual edition (duizhao sync) or the review page if the aligned English is better.';

/** Unpaired quotes and brackets in the Chinese paragraphs the splitter cut (lines given as sentences are not cut). */
function markDiagnostics(input: InputText, paragraphs: readonly TextParagraph[]): Diagnostic[] {
  return paragraphs.filter((p) => p.units === undefined).flatMap((p) => unbalancedMarks(p.text).map((problem): Diagnostic => {
    const line = lineOf(input.text, p.text.slice(problem.index, problem.index + 6));
    return { ruleId: UNBALANCED_MARK_RULE, severity: 'warning', file: input.file, ...(line ? { line } : {}), reason: markProblemReason(problem, p.text), hint: UNBALANCED_MARK_HINT };
  }));
}

/** 1-based line of the first occurrence of `snippet` in the file, if it is there as written. */
function lineOf(text: string, snippet: string): number | undefined {
  const at = text.indexOf(snippet);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

interface InputText {
  file: string;
  text: string;
  markdown: boolean;
}

async function readInput(file: string, language: TextLanguage): Promise<InputText> {
  const text = await readUserFile(file, {
    maxBytes: FILE_SIZE_LIMITS.align,
    sizeHint: 'Align one report at a time: split the texts into matching parts.',
    textHint: 'Save it as UTF-8 text or Markdown (for example with iconv).',
  });
  if (!/\S/u.test(text)) throw new InputError('input/empty', `${file} has no text to align.`, { hint: `Pass the ${language === 'zh' ? 'Chinese' : 'English'} text file.` });
  if (language === 'zh' && !/\p{Script=Han}/u.test(text)) {
    throw new InputError('input/no-chinese', `${file} contains no Chinese text.`, { hint: 'The Chinese file comes first: duizhao align <zh-file> <en-file>.' });
  }
  return { file, text, markdown: ['.md', '.markdown'].includes(extname(file).toLowerCase()) };
}

/** Paragraphs of both files; plain-text line modes are decided together (one sentence per line on both sides). */
function inputParagraphs(zh: InputText, en: InputText, split: LineSplit): [TextParagraph[], TextParagraph[]] {
  const zhLayout = textLayout(zh.text, 'zh');
  const enLayout = textLayout(en.text, 'en');
  const [zhMode, enMode] = pairLineModes(zhLayout, enLayout, split);
  const out: [TextParagraph[], TextParagraph[]] = [
    zh.markdown ? markdownParagraphs(zh.text, 'zh') : layoutParagraphs(zhLayout, zhMode),
    en.markdown ? markdownParagraphs(en.text, 'en') : layoutParagraphs(enLayout, enMode),
  ];
  out.forEach((paragraphs, k) => {
    const language = k === 0 ? 'Chinese' : 'English';
    if (paragraphs.length === 0) throw new InputError('input/empty', `${(k === 0 ? zh : en).file} has no text to align.`, { hint: `Pass the ${language} text file.` });
  });
  return out;
}
