/**
 * Regenerates docs/publish-english.png and docs/publish-side-by-side.png: the published HTML pages
 * of one report, made from a throw-away copy of this repository's corpus, glossary and memory (the
 * real files are never written), in Debian's Chromium. One figure of the copy's Qin County report
 * is changed so the side-by-side page shows a fuzzy suggestion, marked as such.
 *   node --import tsx scripts/screenshot-publish.ts [report-slug]
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { publishEditions } from '../src/app/publish-editions.js';
import { publishedNames } from '../src/stages/publish/published-names.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const slug = process.argv[2] ?? 'qinxian-2021-consolidation';

const root = await mkdtemp(join(tmpdir(), 'duizhao-shot-'));
await writeFile(join(root, 'duizhao.yaml'), '# screenshot project\n');
for (const dir of ['corpus', 'glossary', 'translations/memory']) await cp(join(REPO, dir), join(root, dir), { recursive: true });
const zh = join(root, 'corpus', 'qinxian-2021-consolidation', 'zh.md');
await writeFile(zh, (await readFile(zh, 'utf8')).replace('在2020年全省46個', '在2020年全省47個'));
const { outDir } = await publishEditions(root, [slug], { format: 'html' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const names = publishedNames(slug);
  for (const [file, png] of [[names.englishHtml, 'publish-english.png'], [names.alignedHtml, 'publish-side-by-side.png']] as const) {
    await page.goto(pathToFileURL(join(outDir, file)).href);
    await page.screenshot({ path: join(REPO, 'docs', png) });
    console.log(`wrote docs/${png}`);
  }
} finally {
  await browser.close();
  await rm(root, { recursive: true, force: true });
}
