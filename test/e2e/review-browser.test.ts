import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFindings } from '../../src/app/review/review-findings.js';
import { startReviewServer, type ReviewServer } from '../../src/review/server.js';
import { loadMemory } from '../../src/stores/memory-jsonl.js';
import { segmentKey } from '../../src/text/segment-key.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

/** Debian's Chromium, driven by playwright-core (scripts/setup-test-env.mjs installs it). */
const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync'],
};

const SLUG = 'fangxian-2020-secretary';
const MEMORY = 'translations/memory/memory.jsonl';
const INCOME = '5年来，全县农民人均可支配收入年均增长9.98%，达到11109元；';
const ROADS = '新建农村公路2056公里，总通车里程5472公里，实现村村通水泥路、通客车；';
const MEDICAL = '基本医疗、义务教育、低保五保应扶尽扶、应保尽保。';
const XSS = '<script>window.__xss=1</script><img src=x onerror=window.__xss=1>';

let project: TempProject;
let server: ReviewServer;
let browser: Browser;
let elsewhere: Server;
let elsewhereOrigin: string;
const pageErrors: string[] = [];

const readMemory = () => readFile(join(project.root, MEMORY), 'utf8');
const card = (page: Page, chinese: string) => page.locator('article.segment').filter({ hasText: chinese });

async function openReport(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}?report=${SLUG}#token=${server.token}`);
  await page.waitForSelector('body[data-findings=loaded]', { state: 'attached', timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  project = await createTempProject({ withCorpus: true });
  const memory = await loadMemory(project.root);
  const medical = memory.get(segmentKey(MEDICAL));
  expect(medical).toBeDefined();
  memory.upsert({ ...medical!, target: XSS, note: XSS, state: 'translated', origin: 'manual' });
  await memory.save();
  server = await startReviewServer({ root: project.root, findings: checkFindings });
  elsewhere = createServer((_req, res) => res.end('<!doctype html><title>another site</title>'));
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereOrigin = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
  await project?.dispose();
});

/** A save writes the memory under its lock; on a loaded 2-core machine that can take seconds, not the poll's default 1 s. */
const SAVE_WAIT = { timeout: 15_000 };

describe('review page in Chromium', () => {
  it('shows a report side by side with glossary terms, saves an edit and an approval, and keeps them after a reload', async () => {
    const page = await openReport();
    expect(await page.locator('article.segment').count()).toBe(66);
    expect(page.url()).not.toContain('token=');
    const county = card(page, '房县是国家重点贫困县').locator('mark.term', { hasText: '房县' });
    expect(await county.getAttribute('title')).toMatch(/^房县 = Fang County\n/);

    const english = 'In five years the per capita disposable income of rural residents grew 9.98 percent a year, to 11,109 yuan.';
    const income = card(page, INCOME);
    await income.locator('textarea.en').fill(english);
    await income.locator('button.save').click();
    await expect.poll(() => income.locator('.badge').textContent(), SAVE_WAIT).toBe('translated');
    await expect.poll(() => page.locator('#status').textContent(), SAVE_WAIT).toMatch(/^Saved [0-9a-f]{10} as translated$/);

    const roads = card(page, ROADS);
    await roads.locator('.zh').click();
    await page.keyboard.press('Control+Shift+A');
    await expect.poll(() => roads.locator('.badge').textContent(), SAVE_WAIT).toBe('approved');

    const memory = await loadMemory(project.root);
    expect(memory.get(segmentKey(INCOME))).toMatchObject({ target: english, state: 'translated', origin: 'manual' });
    expect(memory.get(segmentKey(ROADS))).toMatchObject({ state: 'approved', target: expect.stringMatching(/^A total of 2,056 kilometers/) });

    await page.reload();
    await page.waitForSelector('body[data-findings=loaded]', { state: 'attached' });
    expect(await card(page, INCOME).locator('textarea.en').inputValue()).toBe(english);
    expect(await card(page, ROADS).locator('.badge').textContent()).toBe('approved');
    await page.close();
  }, 90_000);

  it('edits a translator\'s note beside the English: it lands in the memory and the rebuilt English edition prints it as a footnote', async () => {
    const note = 'The source does not say which year the income figure refers to.';
    const page = await openReport();
    const income = card(page, INCOME);
    expect(await income.locator('label.footnote-label').textContent()).toBe('Translator’s note (a footnote in the English edition)');
    expect(await income.locator('textarea.footnote').inputValue()).toBe('');
    await income.locator('textarea.footnote').fill(note);
    await income.locator('button.save').click();
    await expect.poll(() => page.locator('#status').textContent(), SAVE_WAIT).toMatch(/^Saved [0-9a-f]{10} as translated$/);
    expect((await loadMemory(project.root)).get(segmentKey(INCOME))).toMatchObject({ footnote: note, state: 'translated' });

    await page.reload();
    await page.waitForSelector('body[data-findings=loaded]', { state: 'attached' });
    expect(await card(page, INCOME).locator('textarea.footnote').inputValue()).toBe(note);
    await page.close();
    expect((await project.cli('build', SLUG)).code).toBe(0);
    const english = await readFile(join(project.root, `translations/${SLUG}.en.md`), 'utf8');
    expect(english).toMatch(/11,109 yuan[^\n]*\[\^1\]/);
    expect(english).toContain(`[^1]: ${note}`);
  }, 90_000);

  it('moves with j/k, filters by status, term and search, and documents the keys', async () => {
    const page = await openReport();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = await page.locator('article.segment.current').getAttribute('data-id');
    expect(second).toBe(await page.locator('article.segment').nth(1).getAttribute('data-id'));
    await page.keyboard.press('k');
    expect(await page.locator('article.segment.current').getAttribute('data-id')).toBe(await page.locator('article.segment').first().getAttribute('data-id'));

    await page.selectOption('#filter-status', 'approved');
    expect(await page.locator('article.segment:visible').count()).toBe(1);
    expect(await page.locator('.toolbar .count').textContent()).toBe('1 of 66 segments');
    await page.selectOption('#filter-status', '');
    await page.fill('#filter-search', 'cement road');
    expect(await page.locator('article.segment:visible').allTextContents()).toEqual([expect.stringContaining(ROADS)]);
    await page.fill('#filter-search', '');
    await page.selectOption('#filter-term', '房县');
    const withTerm = await page.locator('article.segment:visible .zh').allTextContents();
    expect(withTerm.length).toBeGreaterThan(1);
    for (const text of withTerm) expect(text).toContain('房县');
    expect(await page.locator('details.keys li').allTextContents()).toEqual([
      'j or ↓: next segment', 'k or ↑: previous segment', 'Enter: edit the English', 'Esc: leave the editor', 'Ctrl+Enter: save', 'Ctrl+Shift+A: approve',
    ]);
    await page.close();
  }, 60_000);

  it('switches the interface between English and Chinese through i18next', async () => {
    const page = await openReport();
    const income = card(page, INCOME);
    await page.selectOption('#language', 'zh-Hans');
    expect(await income.locator('button.save').textContent()).toBe('保存');
    expect(await income.locator('.badge').textContent()).toBe('已翻译');
    expect(await page.locator('header h1').textContent()).toBe('对照 · 审校');
    expect(await page.locator('.toolbar .count').textContent()).toBe('显示 66 / 66 个句段');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.reload();
    await page.waitForSelector('body[data-findings=loaded]', { state: 'attached' });
    expect(await page.locator('button.approve').first().textContent()).toBe('批准');
    await page.selectOption('#language', 'en');
    expect(await page.locator('button.approve').first().textContent()).toBe('Approve');
    await page.close();
  }, 60_000);

  it('refuses writes from another origin: the memory stays byte-identical', async () => {
    const before = await readMemory();
    const report = await (await fetch(new URL(`/api/reports/${SLUG}`, server.origin), { headers: { 'x-duizhao-token': server.token } })).json() as { paragraphs: Array<{ segments: Array<{ id: string; source: string }> }> };
    const id = report.paragraphs.flatMap((p) => p.segments).find((s) => s.source === INCOME)!.id;
    const target = new URL(`/api/reports/${SLUG}/segments/${id}`, server.origin).href;
    const page = await browser.newPage();
    await page.goto(elsewhereOrigin);
    const outcome = await page.evaluate(async ({ target, token }) => {
      const body = JSON.stringify({ target: 'Hijacked from another site.', state: 'approved' });
      const results: string[] = [];
      try {
        const res = await fetch(target, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-Duizhao-Token': token }, body });
        results.push(`cors:${res.status}`);
      } catch {
        results.push('cors:blocked');
      }
      // A "simple" request reaches the server without a preflight; the server refuses it (foreign
      // Origin) and its Cross-Origin-Resource-Policy keeps even the refusal from the other site.
      try {
        const simple = await fetch(target, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body });
        results.push(`simple:${simple.type}`);
      } catch {
        results.push('simple:blocked');
      }
      return results;
    }, { target, token: server.token });
    expect(outcome).toEqual(['cors:blocked', 'simple:blocked']);
    const forged = await page.request.put(target, {
      headers: { Origin: elsewhereOrigin, 'X-Duizhao-Token': server.token, 'Content-Type': 'application/json' },
      data: { target: 'Hijacked with a forged Origin.', state: 'approved' },
    });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error).toMatch(/Cross-origin write refused/);
    expect(await readMemory()).toBe(before);
    await page.close();
  }, 60_000);

  it('shows a memory entry holding markup as text and never runs it', async () => {
    const page = await openReport();
    const medical = card(page, MEDICAL);
    expect(await medical.locator('textarea.en').inputValue()).toBe(XSS);
    expect(await medical.locator('.notes').textContent()).toContain(XSS);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
