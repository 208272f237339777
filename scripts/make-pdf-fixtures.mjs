#!/usr/bin/env node
// Makes the PDF fixtures under test/fixtures/ingest/pdf-*/source.pdf the way a county office makes
// them: an HTML page printed to PDF by Chromium (Debian's /usr/bin/chromium through playwright-core,
// Chinese set in Noto CJK from fonts-noto-cjk), running heads and page numbers from Chromium's
// header and footer templates. The PDFs are checked in; tests never regenerate them. Run again only
// to change a fixture: `node scripts/make-pdf-fixtures.mjs [name…]`, then check its expected.zh.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'ingest');
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync'],
};

/** A header or footer template: Chromium fills .pageNumber and .totalPages. */
const band = (style, inner) => `<div style="width:100%;font-size:8pt;font-family:'Noto Serif CJK SC','Noto Serif CJK TC';${style}">${inner}</div>`;
const NO_BAND = '<div></div>';

const fixtures = (await import('./pdf-fixtures/pages.mjs')).PAGES;
const { cidFontPdf } = await import('./pdf-fixtures/cid-font-pdf.mjs');
const only = process.argv.slice(2);

// Written without Chromium: text in a font the PDF names but does not embed.
const CID = 'pdf-cid-font-not-embedded';
if (only.length === 0 || only.includes(CID)) {
  await mkdir(join(ROOT, CID), { recursive: true });
  await writeFile(join(ROOT, CID, 'source.pdf'), cidFontPdf('镇坪县消费帮扶工作情况通报', [
    '今年以来，全县认定消费帮扶产品86个，组织脱贫村合作社和企业参加线上线下展销活动15场次，销售腊肉、土蜂蜜、中药材等农特产品4260万元，带动脱贫群众户均增收1800元。',
    '下一步，县乡村振兴局将会同商务、供销部门，持续开展“消费帮扶月”活动，推动更多农产品进机关、进学校、进超市。',
  ]));
  console.log(`${CID}/source.pdf`);
}

const browser = await chromium.launch(LAUNCH);
try {
  for (const fixture of fixtures.filter((f) => only.length === 0 || only.includes(f.name))) {
    const page = await browser.newPage();
    const html = fixture.scan ? await scanPage(browser, fixture) : fixture.html;
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      width: fixture.width ?? '148mm',
      height: fixture.height ?? '210mm',
      margin: fixture.margin ?? { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: Boolean(fixture.header || fixture.footer),
      headerTemplate: fixture.header ? band(fixture.header.style, fixture.header.inner) : NO_BAND,
      footerTemplate: fixture.footer ? band(fixture.footer.style, fixture.footer.inner) : NO_BAND,
      printBackground: true,
    });
    await page.close();
    const dir = join(ROOT, fixture.name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'source.pdf'), stripVolatile(pdf));
    console.log(`${fixture.name}/source.pdf: ${pdf.length} bytes`);
  }
} finally {
  await browser.close();
}

/** A page of text photographed: the text rendered to a PNG, and only the picture printed. */
async function scanPage(browser, fixture) {
  const shot = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
  await shot.setContent(fixture.html, { waitUntil: 'load' });
  const png = await shot.screenshot({ type: 'png', fullPage: false });
  await shot.close();
  return `<!doctype html><html><body style="margin:0"><img style="width:100%;filter:grayscale(1) contrast(1.1)" src="data:image/png;base64,${png.toString('base64')}"></body></html>`;
}

/** Chromium stamps creation and modification dates; fix them so a rerun gives the same bytes. */
function stripVolatile(pdf) {
  // Same length, so the cross-reference offsets stay right.
  const text = pdf.toString('latin1').replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, '$120260101000000');
  return Buffer.from(text, 'latin1');
}

