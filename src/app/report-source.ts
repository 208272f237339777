import { readdir, readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { SOURCE_EXTENSIONS, type ReportMeta, type SourceFormat } from '../model/document.js';
import { convertSource, readsSourceLines } from '../stages/ingest/formats/convert-source.js';
import type { ConvertedSource } from '../stages/ingest/formats/converted-source.js';
import { sniffFormat } from '../stages/ingest/formats/sniff-format.js';
import { reportDir } from './corpus.js';

/** What one report's source becomes before the text pipeline: the converted text and where lines point. */
export interface ReportText {
  converted: ConvertedSource;
  /** Project-relative file that line numbers refer to: source.txt, or extracted.txt for other formats. */
  linesFile: string;
  /** The text to write to extracted.txt, when the pipeline does not read the source's own lines. */
  extracted?: string;
}

const SOURCE_NAME = /^source\.(?:txt|html|htm|docx|pdf)$/;

/** corpus/<slug>/source.<ext> for a format. */
export function sourceFileName(format: SourceFormat): string {
  return `source.${SOURCE_EXTENSIONS[format]}`;
}

/**
 * Converts received bytes: `format` when report.yaml names it, else sniffed (a source.txt without
 * one is text). Errors name `received` (the user's file, when adding); diagnostics and origins
 * name corpus/<slug>/<name>, where the bytes are kept.
 */
export async function convertReportSource(bytes: Uint8Array, slug: string, name: string, format?: SourceFormat, received?: string): Promise<ReportText> {
  const file = `corpus/${slug}/${name}`;
  const read = await convertSource(bytes, received ?? file, format ?? (name === 'source.txt' ? 'text' : sniffFormat(bytes)));
  const converted = received === undefined ? read : renameFile(read, received, file);
  if (readsSourceLines(converted)) return { converted, linesFile: file };
  return { converted, linesFile: `corpus/${slug}/extracted.txt`, extracted: converted.text.endsWith('\n') ? converted.text : `${converted.text}\n` };
}

/** Reads corpus/<slug>/source.* (exactly one must exist) and converts it. */
export async function readReportText(root: string, meta: ReportMeta): Promise<ReportText> {
  const slug = meta.id;
  const dir = reportDir(root, slug);
  const names = (await readdir(dir)).filter((n) => SOURCE_NAME.test(n)).sort();
  const expected = sourceFileName(meta.format ?? 'text');
  if (names.length > 1) {
    throw new InputError('corpus/ambiguous-source', `corpus/${slug} holds ${names.join(' and ')}; ingest reads one source file.`, {
      hint: `Keep ${names.includes(expected) ? expected : 'the report as received'} and move the others out of corpus/${slug}/.`,
    });
  }
  const name = names[0] ?? expected;
  const file = `corpus/${slug}/${name}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(`${dir}/${name}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError('corpus/source-missing', `${file} is missing: ingest reads the report from it.`, {
        cause: error, hint: `Restore it (git checkout -- ${file}), or remove corpus/${slug}/ and add the report again with duizhao add <file> --id ${slug}.`,
      });
    }
    throw new InputError('corpus/source-unreadable', `${file} cannot be read (${code ?? (error as Error).message}).`, { cause: error, hint: 'Check that it is a readable file.' });
  }
  return convertReportSource(bytes, slug, name, meta.format);
}

function renameFile(converted: ConvertedSource, from: string, to: string): ConvertedSource {
  const rename = (f: string) => (f.startsWith(from) ? to + f.slice(from.length) : f);
  return {
    ...converted,
    origins: new Map([...converted.origins].map(([line, origin]) => [line, rename(origin)])),
    diagnostics: converted.diagnostics.map((d) => (d.file === undefined ? d : { ...d, file: rename(d.file) })),
  };
}
