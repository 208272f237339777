/**
 * The size over the caps duizhao documents for input files (50 MB for reports, memory and
 * glossary imports, XLIFF and bilingual editions). Generated in the temp project, never committed.
 */
export const OVER_CAP_BYTES = 51 * 1024 * 1024;

/**
 * `text` padded past the cap with content that is cheap to parse (a comment, blank space), so a
 * missing cap shows as a wrong exit code rather than a test that runs out of memory.
 */
export function padPastCap(text: string, pad: (filler: string) => string): Buffer {
  const filler = ' '.repeat(OVER_CAP_BYTES - Buffer.byteLength(text) + 1024);
  return Buffer.from(`${text}${pad(filler)}`);
}
