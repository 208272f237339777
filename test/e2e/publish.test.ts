import { execFileSync } from 'node:child_process';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openReportFiller } from '../../src/app/fill-from-memory.js';
import type { SegmentedDocument } from '../../src/model/document.js';
import { headlineParagraph } from '../../src/stages/render/edition-front-matter.js';
import { paragraphEnglish, unitEnglish } from '../../src/stages/render/edition-text.js';
import { readingOrder } from '../../src/stages/render/reading-order.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

/** Debian's Chromium, driven by playwright-core (scripts/setup-test-env.mjs installs it). */
const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync'],
};
const SLUG = 'qinxian-2021-consolidation';
const SLUGS = ['fangxian-2020-secretary', 'huguan-2019-taihang', 'licheng-2019-taihang', 'qinxian-2020-overview', SLUG];

let project: TempProject;
let docs: Map<string, SegmentedDocument>;
const publish = (...args: string[]) => join(project.root, 'publish', ...args);

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir)).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, `${(await stat(join(dir, f))).mtimeMs}:${(await readFile(join(dir, f))).toString('base64')}`] as const)));
}

/** Index of each part in `text`, each searched after the previous; -1 marks the first one missing or out of order. */
function firstOutOfOrder(text: string, parts: readonly string[]): string | undefined {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return undefined;
}

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  const filler = await openReportFiller(project.root);
  docs = new Map(await Promise.all(SLUGS.map(async (s) => [s, await filler.fill(s)] as const)));
}, 120_000);

afterAll(() => project?.dispose());

describe('duizhao publish --format html', () => {
  it('writes an index and two pages per report into publish/, and a second publish changes no byte', async () => {
    const first = await project.cli('publish', '--format', 'html');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^publish: wrote 11 files \(/u);
    expect((await readdir(publish())).sort()).toEqual(['index.html', ...SLUGS.flatMap((s) => [`${s}.en.html`, `${s}.zh-en.html`])].sort());
    const before = await snapshot(publish());
    const second = await project.cli('publish', '--format', 'html');
    expect(second.out).toBe('publish: wrote 0 files, 11 unchanged\n');
    expect(await snapshot(publish())).toEqual(before);
  }, 120_000);

  it('puts every segment of every report on its side-by-side page, in order, each row with its id', async () => {
    for (const [slug, doc] of docs) {
      const html = await readFile(publish(`${slug}.zh-en.html`), 'utf8');
      const ids = [...html.matchAll(/<tr id="seg-([0-9a-f-]+)"/gu)].map((m) => m[1]);
      const expected = doc.paragraphs.flatMap((p) => (p.block.type === 'title' || p.block.type === 'heading' ? [p.units[0]!.id] : p.units.map((u) => u.id)));
      expect(ids, slug).toEqual(expected);
    }
  });

  it('refuses --out inside the project’s editions (exit 2)', async () => {
    const result = await project.cli('publish', '--format', 'html', '--out', join(project.root, 'translations', 'html'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('would overwrite the editions');
  });
});

describe('duizhao publish --format docx', () => {
  it('writes both Word files per report with every segment in order, and a second publish changes no byte', async () => {
    const out = join(project.root, '..', `${project.root.split('/').pop()}-docx`);
    // Beside the project, not in it, so the project's own cleanup does not cover it.
    onTestFinished(() => rm(out, { recursive: true, force: true }));
    expect((await project.cli('publish', '--format', 'docx', '--out', out)).code).toBe(0);
    for (const [slug, doc] of docs) {
      const english = (await mammoth.extractRawText({ path: join(out, `${slug}.en.docx`) })).value;
      const headline = headlineParagraph(doc);
      const reading = readingOrder(doc.paragraphs, headline).flatMap((p) => p.units.map(unitEnglish));
      expect(firstOutOfOrder(english, reading), slug).toBeUndefined();
      const bilingual = (await mammoth.extractRawText({ path: join(out, `${slug}.zh-en.docx`) })).value;
      const pairs = doc.paragraphs.flatMap((p) => p.units.flatMap((u) => [u.source, u.target ?? '']));
      expect(firstOutOfOrder(bilingual, pairs.filter(Boolean)), slug).toBeUndefined();
      expect(headline && paragraphEnglish(headline)).toBeTruthy();
    }
    const before = await snapshot(out);
    expect((await project.cli('publish', '--format', 'docx', '--out', out)).out).toMatch(/wrote 0 files, 10 unchanged\n$/u);
    expect(await snapshot(out)).toEqual(before);
  }, 120_000);
});

describe('published pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  }, 60_000);
  afterAll(() => browser?.close());

  it('renders both pages without a request outside the folder, and prints the English edition to an A4 PDF with its headline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const headline = paragraphEnglish(headlineParagraph(docs.get(SLUG)!)!);
    await page.goto(pathToFileURL(publish(`${SLUG}.zh-en.html`)).href);
    expect(await page.locator('tbody tr').count()).toBe(docs.get(SLUG)!.paragraphs.reduce((n, p) => n + (['title', 'heading'].includes(p.block.type) ? 1 : p.units.length), 0));
    expect(await page.locator('abbr.term').count()).toBeGreaterThan(20);
    const widths = await page.locator('tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().left));
    expect(widths[0]).toBeLessThan(widths[1]!);
    const shot = await page.screenshot();
    expect(shot.subarray(1, 4).toString()).toBe('PNG');
    await page.goto(pathToFileURL(publish(`${SLUG}.en.html`)).href);
    expect(await page.locator('h1').first().textContent()).toBe(headline);
    expect(await page.locator('section.footnotes li').count()).toBeGreaterThan(0);
    const pdfPath = join(project.root, 'edition.pdf');
    const pdf = await page.pdf({ path: pdfPath, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/gu, ' ')).toContain(headline.split(' ').slice(0, 6).join(' '));
    expect(text).not.toContain('All editions');
    const size = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/u);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
  }, 120_000);
});
