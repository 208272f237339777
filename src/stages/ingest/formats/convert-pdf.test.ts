import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../errors.js';
import { convertPdf } from './convert-pdf.js';

const FIXTURES = join(import.meta.dirname, '../../../../test/fixtures');
const pdf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'ingest', name, 'source.pdf')));
const convert = (name: string) => convertPdf(pdf(name), 'source.pdf');
const blocksOf = (text: string) => text.trimEnd().split('\n\n');
const reasons = (result: Awaited<ReturnType<typeof convertPdf>>, ruleId: string) => result.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.reason);

describe('convertPdf on Chromium-printed county reports', () => {
  it('extracts the yearbook pages paragraph by paragraph, without running heads or page numbers', async () => {
    const result = await convert('pdf-yearbook-running-head');
    const blocks = blocksOf(result.text);
    expect(blocks).toHaveLength(7);
    expect(blocks[0]).toBe('脱贫攻坚'); // the chapter title stays, though the running head repeats it
    expect(blocks[1]).toBe('【概况】2020年，岚皋县剩余贫困人口1862户4107人全部脱贫，贫困发生率由2014年的31.6%降至零。全县统筹整合财政涉农资金4.37亿元，实施扶贫项目816个，村级集体经济组织实现全覆盖，农村居民人均可支配收入达到11286元，比上年增长8.4%。5月，省政府批准岚皋县退出贫困县序列。');
    expect(blocks[4]).toBe('【就业扶贫】全年组织劳务输出贫困劳动力2.46万人，其中跨省务工1.58万人。开发护林员、保洁员、水管员等公益性岗位3125个，优先安置无法外出、无业可扶的贫困劳动力。举办“春风行动”等专场招聘会27场，开展职业技能培训4300人次，培训后就业率达到72%。');
    expect(result.text).not.toMatch(/岚皋年鉴|·\s*\d\s*·/u);
    expect(reasons(result, 'ingest/furniture')).toEqual([
      "print-running-head: running head '岚皋年鉴（2021）' on 2 of 2 pages; dropped",
      "print-running-head: running head '脱贫攻坚' on 2 of 2 pages; dropped",
      "print-page-number: page number '· N ·' on 2 of 2 pages; dropped",
    ]);
    expect(result.hints.get(1)).toMatchObject({ kind: 'title', level: 1 });
    expect(result).toMatchObject({ format: 'pdf', encoding: 'binary' });
    expect(result.origins.get(9)).toBe('source.pdf p. 2');
  });

  it('rejoins the sentence the page break cut, and says so with the line and the pages', async () => {
    const result = await convert('pdf-report-page-break');
    const blocks = blocksOf(result.text);
    expect(blocks.slice(0, 3)).toEqual(['平利县2021年巩固拓展脱贫攻坚成果工作总结', '平利县乡村振兴局', '2022年1月12日']);
    expect(blocks[6]).toBe('三是扎实做好易地搬迁后续扶持。聚焦大中型安置点，完善教育、医疗、养老等公共服务配套，新建改扩建幼儿园3所、社区卫生服务站5个，安置点基础设施和公共服务设施配套率达到100%。开展搬迁群众“一户一档”就业信息核查，有劳动力的搬迁户实现每户至少1人就业。');
    expect(blocks).toHaveLength(9);
    const join = result.diagnostics.find((d) => d.ruleId === 'ingest/page-break-join');
    expect(join).toMatchObject({ line: 13, actual: '…开展搬迁群众 ¶ “一户一档”…', expected: '…开展搬迁群众“一户一档”…' });
    expect(result.origins.get(13)).toBe('source.pdf p. 1–2');
    expect(reasons(result, 'ingest/furniture')).toEqual(["print-page-number: page number '第 N 页 共 N 页' on 2 of 2 pages; dropped"]);
  });

  it('hints the title and the headings set in larger type, and joins the two lines of the title', async () => {
    const result = await convert('pdf-report-headings');
    const blocks = blocksOf(result.text);
    expect(blocks[0]).toBe('关于2022年乡村振兴重点工作推进情况的报告');
    const hinted = [...result.hints].map(([line, hint]) => [blocks[(line - 1) / 2], hint.kind, hint.level]);
    expect(hinted).toEqual([
      ['关于2022年乡村振兴重点工作推进情况的报告', 'title', 1],
      ['一、主要工作及成效', 'heading', 2],
      ['二、存在的主要问题', 'heading', 2],
      ['三、下一步工作打算', 'heading', 2],
    ]);
    expect(blocks).toContain('（一）粮食生产稳中有增');
    expect(result.text).not.toMatch(/P\. \d/u);
  });

  it('reads a Traditional-script page: running head dropped, mid-word page break joined, look-alike characters folded', async () => {
    const result = await convert('pdf-wenshi-traditional');
    const blocks = blocksOf(result.text);
    expect(blocks[1]).toBe('口述 陳德明 整理 劉曉燕');
    expect(blocks[4]).toContain('起初群眾不敢貸，怕還不上。我們就請種得好的農戶現身說法');
    expect(blocks[3]).toContain('當時全縣有一半以上的農戶吃不飽飯，不少人家一年裏有三四個月要靠借糧、吃返銷糧過日子。');
    expect(result.text).not.toMatch(/[\u2e80-\u2fd5\uf900-\ufaff户]|城口文史資料/u);
    expect(reasons(result, 'ingest/furniture')).toEqual(["print-running-head: running head '第N頁 - 城口文史資料' on 2 of 2 pages; dropped"]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'ingest/page-break-join').map((d) => d.line)).toEqual([9]);
  });

  it('reads two columns left then right, and joins the paragraph the column break cut', async () => {
    const result = await convert('pdf-newsletter-two-column');
    const blocks = blocksOf(result.text);
    expect(blocks.map((b) => b.slice(0, 3))).toEqual(['紫阳县', '今年以', '一是新', '二是培', '三是叫']);
    expect(blocks[3]).toBe('二是培育壮大一批经营主体。出台茶产业发展奖补办法，对新建茶叶加工厂、获得绿色有机认证的企业给予奖励，新培育县级以上龙头企业6家、茶叶专业合作社23个，带动1.1万户脱贫户稳定增收。');
    expect(reasons(result, 'ingest/furniture')).toEqual(["print-page-number: page number '- 1 -' on p. 1; dropped"]);
  });

  it('reads Chinese set in a font the PDF names but does not embed (STSong-Light), through the predefined CMaps', async () => {
    const result = await convert('pdf-cid-font-not-embedded');
    expect(blocksOf(result.text)).toEqual([
      '镇坪县消费帮扶工作情况通报',
      '今年以来，全县认定消费帮扶产品86个，组织脱贫村合作社和企业参加线上线下展销活动15场次，销售腊肉、土蜂蜜、中药材等农特产品4260万元，带动脱贫群众户均增收1800元。',
      '下一步，县乡村振兴局将会同商务、供销部门，持续开展“消费帮扶月”活动，推动更多农产品进机关、进学校、进超市。',
    ]);
    expect(result.hints.get(1)?.kind).toBe('title');
  });

  it('gives every fixture exactly the paragraphs of its expected.zh.md', async () => {
    for (const name of ['pdf-yearbook-running-head', 'pdf-report-page-break', 'pdf-report-headings', 'pdf-wenshi-traditional', 'pdf-newsletter-two-column', 'pdf-cid-font-not-embedded']) {
      const expected = readFileSync(join(FIXTURES, 'ingest', name, 'expected.zh.md'), 'utf8');
      const texts = blocksOf(expected).filter((b) => !b.startsWith('<!--')).map((b) => b.replace(/^#+ /u, ''));
      expect(blocksOf((await convert(name)).text), name).toEqual(texts);
    }
  });
});

describe('convertPdf refuses what it cannot read', () => {
  it('refuses a scan (an image, no text layer) with exit 2 and the OCR advice', async () => {
    const error = await convert('pdf-scan-image').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'input/pdf-no-text', exitCode: 2 });
    expect((error as InputError).message).toBe('source.pdf has no text layer (a scanned image?) — duizhao does not do OCR (1 page with 1 image and no text).');
    expect((error as InputError).hint).toMatch(/^Run OCR first \(e\.g\. ocrmypdf/u);
  });

  it('refuses a password-protected PDF', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', 'password.pdf')));
    await expect(convertPdf(bytes, 'corpus/x/source.pdf')).rejects.toMatchObject({ code: 'input/pdf-encrypted', exitCode: 2, message: 'corpus/x/source.pdf is protected by a password, so its text cannot be read.' });
  });

  it('refuses a damaged PDF and a file that is no PDF at all', async () => {
    const cut = pdf('pdf-report-page-break').slice(0, 2000);
    await expect(convertPdf(cut, 'source.pdf')).rejects.toMatchObject({ code: 'input/pdf-unreadable', exitCode: 2 });
    await expect(convertPdf(new TextEncoder().encode('这不是PDF文件'), 'source.pdf')).rejects.toMatchObject({ code: 'input/pdf-unreadable', message: expect.stringMatching(/^source\.pdf is not a readable PDF/u) });
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = pdf('pdf-report-headings');
    const copy = bytes.slice();
    await convertPdf(bytes, 'source.pdf');
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
