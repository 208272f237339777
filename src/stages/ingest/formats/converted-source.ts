import type { BlockType } from '../../../model/document.js';
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { SourceFormat } from '../../../model/document.js';

/** The kinds of file `duizhao add` accepts (defined in the model, beside report.yaml's `format:`). */
export type { SourceFormat } from '../../../model/document.js';

/**
 * What a file's own structure says about one line of the extracted text: an <h2> is a heading, a
 * <figcaption> a caption, a repeated PDF page head is furniture. The text recognisers still run on
 * every line; a hint outranks their guess, and overrides.yaml outranks both.
 */
export interface LineHint {
  kind: BlockType | 'furniture';
  /** Heading depth, for kind 'heading'. */
  level?: number;
  /** Why, for repairs.txt and "need a look" (e.g. "<nav> element", "running head on 9 of 10 pages"). */
  why: string;
}

/**
 * A received file turned into plain text that the text pipeline reads: one block per line, a blank
 * line between blocks. For formats other than text this text is written to extracted.txt beside
 * source.<ext>, and every line number in diagnostics and overrides.yaml refers to it.
 */
export interface ConvertedSource {
  format: SourceFormat;
  text: string;
  /** 1-based line of `text` → what the file's structure says about it. */
  hints: ReadonlyMap<number, LineHint>;
  /** 1-based line of `text` → where it came from in the original, for messages ("source.html:212", "source.pdf p. 3"). */
  origins: ReadonlyMap<number, string>;
  /** Encoding for text and HTML; 'binary' for DOCX and PDF. */
  encoding: string;
  diagnostics: Diagnostic[];
}
