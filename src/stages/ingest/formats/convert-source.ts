import { InputError } from '../../../errors.js';
import type { SourceFormat } from '../../../model/document.js';
import type { ConvertedSource } from './converted-source.js';
import { convertDocx } from './convert-docx.js';
import { convertHtml } from './convert-html.js';
import { convertText } from './convert-text.js';
import { sniffFormat } from './sniff-format.js';

/** Turns the bytes of one received file into the text the text pipeline reads. */
export type ConvertSource = (bytes: Uint8Array, file: string) => Promise<ConvertedSource>;

/** One converter per format; a format without one is refused with a clear message. */
export const CONVERTERS: Partial<Record<SourceFormat, ConvertSource>> = {
  text: convertText,
  html: convertHtml,
  docx: convertDocx,
};

const NAMES: Record<SourceFormat, string> = { text: 'a text file', html: 'an HTML page', docx: 'a Word (.docx) file', pdf: 'a PDF' };

/** Converts `bytes` as `format` (sniffed from the bytes when not given). */
export async function convertSource(bytes: Uint8Array, file: string, format: SourceFormat = sniffFormat(bytes)): Promise<ConvertedSource> {
  const convert = CONVERTERS[format];
  if (!convert) {
    throw new InputError('input/unsupported-format', `${file} is ${NAMES[format]}, and reading ${format.toUpperCase()} files is not supported yet.`, {
      hint: 'Save or export the report as text, HTML or Word (.docx) and add that file.',
    });
  }
  return convert(bytes, file);
}

/**
 * True when the pipeline reads the received file's own lines (plain text, nothing rearranged); false
 * when it reads text extracted from it, which is then written to extracted.txt so that line numbers
 * in diagnostics and overrides.yaml point at something a person can open.
 */
export function readsSourceLines(converted: ConvertedSource): boolean {
  return converted.format === 'text' && converted.origins.size === 0;
}
