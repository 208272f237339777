import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../../../../errors.js';

/** One run of text as the PDF places it: baseline at (x, y) from the bottom left, in points. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Images painted on the page; counted only for pages without text. */
  images: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * Reads every page's text runs with pdf.js (its legacy build, which runs on Node). Loaded on
 * first use: commands that never see a PDF do not pay for it. An encrypted or damaged file is
 * an InputError that says so.
 */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy, and a plain Uint8Array (pdf.js refuses a Buffer and takes the buffer over)
    ...dataFiles(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error, file);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n, pdfjs.OPS));
    return pages;
  } catch (error) {
    throw new InputError('input/pdf-unreadable', `${file}: the PDF is damaged and its text cannot be read (${errorText(error)}).`, {
      hint: 'Open it in a PDF viewer and save or print it to a new PDF, then add that file.',
      cause: error,
    });
  } finally {
    await doc.destroy();
  }
}

/**
 * The predefined CMaps decode Chinese set in a font the PDF names but does not embed (STSong-Light
 * with UniGB-UTF16-H, common in files from office software and PDF libraries); without them such
 * text reads as nothing. The standard fonts give Latin text in the base 14 fonts its widths.
 */
function dataFiles(): { cMapUrl: string; cMapPacked: true; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, cMapPacked: true, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

async function readPage(doc: PdfDocument, number: number, ops: PdfJs['OPS']): Promise<PdfPage> {
  const page = await doc.getPage(number);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    const size = Math.max(Math.hypot(a!, b!), Math.hypot(c!, d!));
    runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.round(size * 10) / 10 });
  }
  let images = 0;
  if (!runs.some((r) => r.text.trim() !== '')) {
    const painted = new Set<number>([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat]);
    images = (await page.getOperatorList()).fnArray.filter((fn) => painted.has(fn)).length;
  }
  page.cleanup();
  return { number, width, height, runs, images };
}

function openError(error: unknown, file: string): InputError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new InputError('input/pdf-encrypted', `${file} is protected by a password, so its text cannot be read.`, {
      hint: 'Open it with the password and save or print it as a PDF without one, then add that file.',
      cause: error,
    });
  }
  return new InputError('input/pdf-unreadable', `${file} is not a readable PDF (${errorText(error)}).`, {
    hint: 'Check that the download finished; open it in a PDF viewer and save or print it to a new PDF, then add that file.',
    cause: error,
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
