import type { SourceFormat } from '../../../model/document.js';
import type { ConvertedSource } from './converted-source.js';
import { convertDocx } from './convert-docx.js';
import { convertHtml } from './convert-html.js';
import { convertPdf } from './convert-pdf.js';
import { convertText } from './convert-text.js';
import { sniffFormat } from './sniff-format.js';

/** Turns the bytes of one received file into the text the text pipeline reads. */
export type ConvertSource = (bytes: Uint8Array, file: string) => Promise<ConvertedSource>;

/** One converter per format (the PDF reader loads its library only when a PDF is read). */
const CONVERTERS: Record<SourceFormat, ConvertSource> = {
  text: convertText,
  html: convertHtml,
  docx: convertDocx,
  pdf: convertPdf,
};

/** Converts `bytes` as `format` (sniffed from the bytes when not given). */
export async function convertSource(bytes: Uint8Array, file: string, format: SourceFormat = sniffFormat(bytes)): Promise<ConvertedSource> {
  return CONVERTERS[format](bytes, file);
}

/**
 * True when the pipeline reads the received file's own lines (plain text, nothing rearranged); false
 * when it reads text extracted from it, which is then written to extracted.txt so that line numbers
 * in diagnostics and overrides.yaml point at something a person can open.
 */
export function readsSourceLines(converted: ConvertedSource): boolean {
  return converted.format === 'text' && converted.origins.size === 0;
}
