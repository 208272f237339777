import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import type { Block, SourceFormat } from '../model/document.js';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { writeTextIfChanged } from '../stores/atomic-write.js';
import { decodeUserText } from '../stores/read-user-file.js';
import { decodeBytes } from '../stages/ingest/decode.js';
import { ingestText } from '../stages/ingest/ingest-text.js';
import { parseOverrides, type Overrides } from '../stages/ingest/overrides.js';
import { parseZhMarkdown, renderZhMarkdown } from '../stores/zh-markdown.js';
import { adviseOverrides } from '../stages/ingest/advise-overrides.js';
import { reportDir, sha256 } from './corpus.js';
import { glossaryWords, readGlossaryEntries } from './glossary-evidence.js';
import { loadReportMeta, saveIngestedHash } from './report-meta.js';
import { readReportText, type ReportText } from './report-source.js';

export interface IngestReportOptions {
  /** Overwrite a zh.md that was edited by hand since the last ingest. */
  force?: boolean;
}

export interface IngestReportResult {
  slug: string;
  format: SourceFormat;
  encoding: string;
  /** Project-relative file that block and diagnostic line numbers refer to (source.txt or extracted.txt). */
  linesFile: string;
  /** Text extracted from a non-text source, written to extracted.txt. */
  extracted?: string;
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** True when zh.md changed. */
  changed: boolean;
}

/** Reads, converts and repairs the report's source.<ext> into blocks, without writing anything. */
export async function readReportSource(root: string, slug: string): Promise<Omit<IngestReportResult, 'changed'>> {
  const meta = await loadReportMeta(root, slug);
  const source = await readReportText(root, meta);
  const overridesFile = `corpus/${slug}/overrides.yaml`;
  const overrides: Overrides | undefined = existsSync(join(root, overridesFile))
    ? parseOverrides(decodeUserText(await readFile(join(root, overridesFile)), overridesFile, 'Save overrides.yaml as UTF-8 text, or restore it from git.'), overridesFile)
    : undefined;
  const knownWords = glossaryWords(await readGlossaryEntries(root));
  return ingestReportText(slug, source, { overridesFile, knownWords, ...(overrides ? { overrides } : {}) });
}

/** The text pipeline over a converted source; the converter's findings come first. */
export function ingestReportText(slug: string, source: ReportText, options: { overrides?: Overrides; overridesFile?: string; knownWords?: readonly string[] } = {}): Omit<IngestReportResult, 'changed'> {
  const { converted, linesFile } = source;
  const { blocks, diagnostics } = ingestText(converted.text, { file: linesFile, hints: converted.hints, ...options });
  return {
    slug, format: converted.format, encoding: converted.encoding, blocks, linesFile,
    diagnostics: [...converted.diagnostics, ...withOrigins(diagnostics, linesFile, converted.origins)],
    ...(source.extracted !== undefined ? { extracted: source.extracted } : {}),
  };
}

/** A finding about a line of extracted.txt also names where that line came from in the user's file. */
function withOrigins(diagnostics: readonly Diagnostic[], linesFile: string, origins: ReadonlyMap<number, string>): Diagnostic[] {
  return diagnostics.map((d) => {
    const origin = d.file === linesFile && d.line !== undefined ? origins.get(d.line) : undefined;
    return origin ? { ...d, origin } : d;
  });
}

/**
 * (Re)ingests one report: source.<ext> (+ overrides.yaml) → zh.md, repairs.txt and, for formats
 * other than text, extracted.txt. A zh.md edited
 * by hand since the last ingest is never overwritten without --force: corrections belong in
 * overrides.yaml, where they survive re-ingesting.
 */
export async function ingestReport(root: string, slug: string, options: IngestReportOptions = {}): Promise<IngestReportResult> {
  return writeIngested(root, await readReportSource(root, slug), options);
}

/** Writes zh.md (unless it was edited by hand), repairs.txt and the ingested hash. */
export async function writeIngested(root: string, result: Omit<IngestReportResult, 'changed'>, options: IngestReportOptions = {}): Promise<IngestReportResult> {
  const slug = result.slug;
  const dir = reportDir(root, slug);
  const zhPath = join(dir, 'zh.md');
  const current = existsSync(zhPath) ? await readFile(zhPath, 'utf8') : undefined;
  const meta = await loadReportMeta(root, slug);
  if (current !== undefined && meta.ingestedHash && sha256(current) !== meta.ingestedHash && !options.force) {
    throw await zhEditedError(root, slug, result.blocks, current);
  }
  const markdown = renderZhMarkdown(result.blocks);
  const changed = await writeTextIfChanged(zhPath, markdown, current);
  if (result.extracted !== undefined) {
    const extractedPath = join(dir, 'extracted.txt');
    await writeTextIfChanged(extractedPath, result.extracted, existsSync(extractedPath) ? await readFile(extractedPath, 'utf8') : undefined);
  }
  await writeRepairs(join(dir, 'repairs.txt'), result.linesFile, result.diagnostics);
  await saveIngestedHash(root, slug, sha256(markdown.endsWith('\n') ? markdown : `${markdown}\n`));
  return { ...result, changed };
}

async function writeRepairs(path: string, linesFile: string, diagnostics: readonly Diagnostic[]): Promise<void> {
  const header = `# Every repair duizhao ingest made to ${linesFile.split('/').pop()!} (and every problem it left), one per line.\n`;
  const body = diagnostics.map(formatDiagnostic).join('\n');
  const current = existsSync(path) ? await readFile(path, 'utf8') : undefined;
  await writeTextIfChanged(path, `${header}${body}${body ? '\n' : ''}`, current);
}

/**
 * The refusal to overwrite a hand-edited zh.md, with the overrides.yaml entries that reproduce
 * the edits (so they survive re-ingesting) ready to paste.
 */
async function zhEditedError(root: string, slug: string, blocks: readonly Block[], edited: string): Promise<AppError> {
  const dir = reportDir(root, slug);
  const extracted = join(dir, 'extracted.txt');
  const bytes = await readFile(existsSync(extracted) ? extracted : join(dir, 'source.txt')).catch(() => undefined);
  const sourceLines = bytes ? decodeBytes(bytes, `corpus/${slug}/source.txt`).text.split(/\r\n|\r|\n/) : [];
  const advice = adviseOverrides(blocks, parseZhMarkdown(edited), sourceLines);
  const overrides = `corpus/${slug}/overrides.yaml`;
  return new AppError('corpus/zh-edited', `corpus/${slug}/zh.md was edited by hand since it was ingested; not overwriting it.`, {
    details: advice ? [`These ${overrides} entries reproduce the edits (merge them with what the file already holds):`, ...advice.split('\n').map((l) => `  ${l}`)] : [],
    hint: `Add the entries to ${overrides}, then run duizhao ingest ${slug} --force (the edits then survive every re-ingest).`,
  });
}
