import mammoth from 'mammoth';
import { InputError } from '../../../errors.js';
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { ConvertedSource } from './converted-source.js';
import { convertHtmlText } from './convert-html.js';

/**
 * Word paragraph styles → the HTML the page reader knows. The title style is the <h1>; Heading 1
 * is a section heading (zh.md level 2). Names as English Word writes them and as Chinese Word
 * shows them (标题 1); mammoth matches names without regard to case.
 */
const STYLE_MAP = [
  ...['Title', '标题'].map((n) => `p[style-name='${n}'] => h1:fresh`),
  ...['Subtitle', '副标题'].map((n) => `p[style-name='${n}'] => p.subtitle:fresh`),
  ...[1, 2, 3, 4].flatMap((level) => [`Heading ${level}`, `标题 ${level}`].map((n) => `p[style-name='${n}'] => h${level + 1}:fresh`)),
  ...['Caption', '题注'].map((n) => `p[style-name='${n}'] => p.caption:fresh`),
];

/** A Word file → HTML (mammoth: headings, bold, captions, image alt text) → the page reader. */
export async function convertDocx(bytes: Uint8Array, file: string): Promise<ConvertedSource> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
  } catch (error) {
    throw new InputError('input/bad-docx', `${file} is not a Word document that can be read (${(error as Error).message.split('\n')[0]}).`, {
      cause: error, hint: 'Open it in Word or WPS and save it again as .docx, or export the report as text and add that.',
    });
  }
  if (!/\p{Script=Han}/u.test(result.value)) {
    throw new InputError('input/no-chinese', `${file} contains no Chinese text.`, { hint: 'duizhao ingests Chinese reports; check you passed the right file.' });
  }
  const converted = convertHtmlText(result.value, { file, encoding: 'binary', origin: (_line, index) => `${file} block ${index}`, at: () => ({ file, line: 1 }) });
  return { ...converted, format: 'docx', diagnostics: [...converted.diagnostics, ...result.messages.filter((m) => m.type === 'error').map((m) => warning(file, m.message))] };
}

function warning(file: string, message: string): Diagnostic {
  return { ruleId: 'ingest/docx', severity: 'warning', file, line: 1, reason: `Word reader: ${message}`, hint: 'Check the text near it in extracted.txt.' };
}
