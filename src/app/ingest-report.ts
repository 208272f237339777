import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, InputError } from '../errors.js';
import type { Block } from '../model/document.js';
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

export interface IngestReportOptions {
  /** Overwrite a zh.md that was edited by hand since the last ingest. */
  force?: boolean;
}

export interface IngestReportResult {
  slug: string;
  encoding: string;
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** True when zh.md changed. */
  changed: boolean;
}

/** Reads and repairs source.txt into blocks, without writing anything. */
export async function readReportSource(root: string, slug: string): Promise<Omit<IngestReportResult, 'changed'>> {
  const dir = reportDir(root, slug);
  const file = `corpus/${slug}/source.txt`;
  const bytes = await readSource(join(dir, 'source.txt'), file, slug);
  const decoded = decodeBytes(bytes, file);
  const overridesFile = `corpus/${slug}/overrides.yaml`;
  const overrides: Overrides | undefined = existsSync(join(root, overridesFile))
    ? parseOverrides(decodeUserText(await readFile(join(root, overridesFile)), overridesFile, 'Save overrides.yaml as UTF-8 text, or restore it from git.'), overridesFile)
    : undefined;
  const knownWords = glossaryWords(await readGlossaryEntries(root));
  const { blocks, diagnostics } = ingestText(decoded.text, { file, overridesFile, knownWords, ...(overrides ? { overrides } : {}) });
  return { slug, encoding: decoded.encoding, blocks, diagnostics: [...decoded.diagnostics, ...diagnostics] };
}

async function readSource(path: string, file: string, slug: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError('corpus/source-missing', `${file} is missing: ingest reads the report from it.`, {
        cause: error, hint: `Restore it (git checkout -- ${file}), or remove corpus/${slug}/ and add the report again with duizhao add <file> --id ${slug}.`,
      });
    }
    throw new InputError('corpus/source-unreadable', `${file} cannot be read (${code ?? (error as Error).message}).`, { cause: error, hint: 'Check that it is a readable file.' });
  }
}

/**
 * (Re)ingests one report: source.txt (+ overrides.yaml) → zh.md and repairs.txt. A zh.md edited
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
  await writeRepairs(join(dir, 'repairs.txt'), result.diagnostics);
  await saveIngestedHash(root, slug, sha256(markdown.endsWith('\n') ? markdown : `${markdown}\n`));
  return { ...result, changed };
}

async function writeRepairs(path: string, diagnostics: readonly Diagnostic[]): Promise<void> {
  const header = '# Every repair duizhao ingest made to source.txt (and every problem it left), one per line.\n';
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
