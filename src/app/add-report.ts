import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, InputError } from '../errors.js';
import { decodeBytes } from '../stages/ingest/decode.js';
import { ingestText } from '../stages/ingest/ingest-text.js';
import { reportDir, SLUG } from './corpus.js';
import { detectReportMeta } from './detect-report-meta.js';
import { readGlossaryEntries } from './glossary-evidence.js';
import { writeIngested, type IngestReportResult } from './ingest-report.js';
import { saveNewReportMeta } from './report-meta.js';

/** Maximum size of a report file: far above any real report, low enough to fail fast on a dump. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/**
 * Adds a report: copies the file byte for byte to corpus/<slug>/source.txt, guesses report.yaml
 * and ingests it. The input is decoded and checked before anything is written, so a bad file
 * leaves no half-made report behind.
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
  const decoded = decodeBytes(bytes, file);
  const sourceFile = `corpus/${slug}/source.txt`;
  const { blocks, diagnostics } = ingestText(decoded.text, { file: sourceFile });
  await mkdir(dir, { recursive: true });
  try {
    await copyFile(file, join(dir, 'source.txt'));
    await saveNewReportMeta(root, detectReportMeta(slug, blocks, await readGlossaryEntries(root)));
    const decodeDiagnostics = decoded.diagnostics.map((d) => ({ ...d, file: sourceFile }));
    return await writeIngested(root, { slug, encoding: decoded.encoding, blocks, diagnostics: [...decodeDiagnostics, ...diagnostics] });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
