import { isAbsolute, join, relative, resolve } from 'node:path';
import { AppError, isAppError } from '../errors.js';
import type { SegmentedDocument } from '../model/document.js';
import { placeNamesInEnglish } from '../stages/render/edition-front-matter.js';
import { renderBilingualDocx } from '../stages/publish/docx-bilingual.js';
import { renderEnglishDocx } from '../stages/publish/docx-english.js';
import { renderAlignedPage } from '../stages/publish/html-aligned-page.js';
import { renderEnglishPage } from '../stages/publish/html-english-page.js';
import { renderIndexPage } from '../stages/publish/html-index-page.js';
import { PUBLISH_INDEX, publishedNames } from '../stages/publish/published-names.js';
import { writeBytesIfChanged } from '../stores/atomic-write.js';
import { resolveReports } from './corpus.js';
import { openReportFiller } from './fill-from-memory.js';
import { assertNotProjectData } from './guard-output-path.js';

export const PUBLISH_FORMATS = ['html', 'docx'] as const;
export type PublishFormat = (typeof PUBLISH_FORMATS)[number];
/** Where `publish` writes unless told otherwise (project-relative). */
export const DEFAULT_PUBLISH_DIR = 'publish';

export interface PublishOptions {
  format: PublishFormat;
  /** Output folder as the user wrote it, relative to `cwd`; default `<root>/publish`. */
  out?: string;
  cwd?: string;
}

export interface PublishResult {
  outDir: string;
  /** Files written, relative to outDir (a file whose bytes are unchanged is not rewritten). */
  written: string[];
  unchanged: string[];
  failed: Array<{ slug: string; error: AppError }>;
}

/**
 * Publishes reports, filled from the memory as `build` fills them, as a static HTML folder
 * (index, English page and side-by-side page per report) or as Word files (English edition and
 * bilingual table). Deterministic and atomic: each file goes through temp + rename, and only
 * when its bytes change. One report that cannot be read is reported; the others are published.
 */
export async function publishEditions(root: string, slugs: readonly string[], options: PublishOptions): Promise<PublishResult> {
  const outDir = options.out === undefined ? join(root, DEFAULT_PUBLISH_DIR) : resolve(options.cwd ?? root, options.out);
  if (options.out !== undefined) assertNotProjectData(options.out, options.cwd ?? root);
  const filler = await openReportFiller(root);
  const places = (doc: SegmentedDocument) => (filler.matcher ? placeNamesInEnglish(doc, (text) => filler.matcher!.match(text)) : {});
  const result: PublishResult = { outDir, written: [], unchanged: [], failed: [] };
  const write = async (name: string, bytes: Uint8Array | string) => {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    (await writeBytesIfChanged(join(outDir, name), data) ? result.written : result.unchanged).push(name);
  };
  const docs: SegmentedDocument[] = [];
  for (const slug of await resolveReports(root, slugs)) {
    const doc = await filler.fill(slug).catch((error: unknown) => {
      if (!isAppError(error)) throw error;
      result.failed.push({ slug, error });
      return undefined;
    });
    if (!doc) continue;
    docs.push(doc);
    const names = publishedNames(slug);
    if (options.format === 'html') {
      await write(names.englishHtml, renderEnglishPage(doc, places(doc)));
      await write(names.alignedHtml, renderAlignedPage(doc));
    } else {
      await write(names.englishDocx, await renderEnglishDocx(doc, places(doc)));
      await write(names.bilingualDocx, await renderBilingualDocx(doc));
    }
  }
  if (options.format === 'html' && docs.length) await write(PUBLISH_INDEX, renderIndexPage(docs));
  return result;
}

/** outDir as shown to the user: project-relative when inside the project. */
export function shownOutDir(root: string, outDir: string): string {
  const rel = relative(root, outDir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : outDir;
}
