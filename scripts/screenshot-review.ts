/**
 * Regenerates docs/review-page.png: the review page on a throw-away copy of this repository's
 * corpus, glossary and memory (the real memory is never written), in Debian's Chromium. One
 * figure of the copy's Fang County report is changed so the page shows a fuzzy suggestion.
 *   node --import tsx scripts/screenshot-review.ts [report-slug] [out.png]
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checkFindings } from '../src/app/review/review-findings.js';
import { startReviewServer } from '../src/review/server.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const slug = process.argv[2] ?? 'fangxian-2020-secretary';
const out = resolve(process.argv[3] ?? join(REPO, 'docs', 'review-page.png'));

const root = await mkdtemp(join(tmpdir(), 'duizhao-shot-'));
await writeFile(join(root, 'duizhao.yaml'), '# screenshot project\n');
for (const dir of ['corpus', 'glossary', 'translations/memory']) await cp(join(REPO, dir), join(root, dir), { recursive: true });
const zh = join(root, 'corpus', 'fangxian-2020-secretary', 'zh.md');
await writeFile(zh, (await readFile(zh, 'utf8')).replace('累计脱贫退出48181户141281人', '累计脱贫退出48182户141282人'));
const server = await startReviewServer({ root, findings: checkFindings });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}?report=${slug}#token=${server.token}`);
  await page.waitForSelector('body[data-findings=loaded]', { state: 'attached', timeout: 60_000 });
  for (let i = 0; i < 4; i++) await page.keyboard.press('j');
  await page.locator('article.segment.current').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  await rm(root, { recursive: true, force: true });
}
