import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, InputError } from '../errors.js';
import { sniffFormat } from '../stages/ingest/formats/sniff-format.js';
import { reportDir, SLUG } from './corpus.js';
import { detectReportMeta } from './detect-report-meta.js';
import { glossaryWords, readGlossaryEntries } from './glossary-evidence.js';
import { ingestReportText, writeIngested, type IngestReportResult } from './ingest-report.js';
import { saveNewReportMeta } from './report-meta.js';
import { FILE_SIZE_LIMITS } from '../stores/read-user-file.js';
import { convertReportSource, sourceFileName } from './report-source.js';

const MAX_REPORT_BYTES = FILE_SIZE_LIMITS.report;

/**
 * Adds a report: sniffs its format (text, HTML, DOCX, PDF) from the bytes, copies the file byte for
 * byte to corpus/<slug>/source.<ext>, guesses report.yaml (recording the format) and ingests it.
 * The input is converted and checked before anything is written, so a bad file leaves no
 * half-made report behind.
 */
export async function addReport(root: string, file: string, slug: string): Promise<IngestReportResult> {
  if (!SLUG.test(slug)) {
    throw new AppError('usage/bad-slug', `"${slug}" is not a valid report id.`, { hint: 'Use lower-case letters, digits and hyphens, e.g. qinxian-2020-overview.' });
  }
  const dir = reportDir(root, slug);
  if (existsSync(dir)) {
    throw new AppError('corpus/exists', `corpus/${slug} already exists.`, { hint: `Choose another --id, or run duizhao ingest ${slug} to re-ingest it.` });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError('input/unreadable', `Cannot read ${file}.`, { hint: 'Check the path.', cause: error });
  }
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new InputError('input/too-large', `${file} is ${(bytes.length / 1048576).toFixed(1)} MB; reports are limited to ${MAX_REPORT_BYTES / 1048576} MB.`, { hint: 'Split the file into one report per file.' });
  }
  const format = sniffFormat(bytes);
  const name = sourceFileName(format);
  const glossary = await readGlossaryEntries(root);
  const result = ingestReportText(slug, await convertReportSource(bytes, slug, name, format, file), { knownWords: glossaryWords(glossary) });
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(join(dir, name), bytes);
    await saveNewReportMeta(root, { ...detectReportMeta(slug, result.blocks, glossary), format });
    return await writeIngested(root, result);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
