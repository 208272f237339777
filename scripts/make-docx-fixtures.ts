/**
 * Writes the Word fixtures under test/fixtures/ingest/docx-* with the `docx` package. The .docx
 * files are checked in, so tests never depend on this script; run it again after editing:
 *   npx tsx scripts/make-docx-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'ingest');
/** A 1×1 PNG: the photo's bytes do not matter, only that Word holds an image with alt text. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const body = (text: string) => new Paragraph({ children: [new TextRun(text)], indent: { firstLine: 480 } });
const leadIn = (lead: string, rest: string) => new Paragraph({ children: [new TextRun({ text: lead, bold: true }), new TextRun(rest)], indent: { firstLine: 480 } });

async function write(name: string, doc: Document): Promise<void> {
  writeFileSync(join(DIR, name, 'source.docx'), await Packer.toBuffer(doc));
}

/** English built-in style names (Title, Heading 1/2, Caption), bold lead-ins, a photo with alt text and a caption. */
async function headingStyles(): Promise<void> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { size: 18 } }] },
    sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('汉滨区2022年度消费帮扶工作情况汇报')] }),
      new Paragraph({ children: [new TextRun('（2023年1月6日）')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、主要做法')] }),
      leadIn('搭建线上线下销售平台。', '在区内建成消费帮扶专馆3个、专区27个、专柜160台，组织38家帮扶产品供应商入驻“832”平台，全年线上销售帮扶产品5400万元。'),
      leadIn('推动机关单位带头采购。', '全区预算单位预留食堂食材采购份额的30%用于采购脱贫地区农副产品，全年完成采购2180万元。'),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 320, height: 200 }, altText: { name: '消费帮扶专馆', title: '消费帮扶专馆', description: '汉滨区消费帮扶专馆内展销的富硒农产品' } })] }),
      new Paragraph({ style: 'Caption', children: [new TextRun('图1 汉滨区消费帮扶专馆内展销的富硒农产品')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、取得成效')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('（一）带动脱贫群众增收')] }),
      body('全年消费帮扶销售额达到3.26亿元，带动2.1万户脱贫户户均增收1500元以上。'),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('（二）壮大村级集体经济')] }),
      body('通过“村集体+合作社+农户”模式统一收购、统一销售，87个村集体经济组织年经营性收入超过10万元。'),
    ] }],
  });
  await write('docx-heading-styles', doc);
}

/** A county government work report as a county office writes it: Chinese style names (标题, 标题 1, 标题 2). */
async function countyWorkReport(): Promise<void> {
  const styles = [
    { id: 'ZhTitle', name: '标题', basedOn: 'Normal', run: { size: 44, bold: true } },
    { id: 'ZhHeading1', name: '标题 1', basedOn: 'Normal', run: { size: 32, bold: true } },
    { id: 'ZhHeading2', name: '标题 2', basedOn: 'Normal', run: { size: 28, bold: true } },
  ];
  const p = (style: string, text: string) => new Paragraph({ style, children: [new TextRun(text)] });
  const doc = new Document({
    styles: { paragraphStyles: styles },
    sections: [{ children: [
      p('ZhTitle', '政府工作报告'),
      new Paragraph({ children: [new TextRun('——2023年1月10日在平利县第十九届人民代表大会第三次会议上')] }),
      new Paragraph({ children: [new TextRun('县长 周立新')] }),
      new Paragraph({ children: [new TextRun('各位代表：')] }),
      body('现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。'),
      p('ZhHeading1', '一、2022年工作回顾'),
      body('过去一年，我们坚决守住不发生规模性返贫底线，全县脱贫人口人均纯收入达到13860元，增长14.2%。'),
      p('ZhHeading2', '（一）防止返贫监测更加精准'),
      leadIn('一是健全监测网络。', '落实县级领导包镇、部门包村、干部包户责任，全年排查农户6.8万户，新纳入监测对象412户1290人。'),
      leadIn('二是落实帮扶措施。', '对监测对象逐户制定帮扶计划，风险消除率达到76.5%。'),
      p('ZhHeading2', '（二）帮扶产业持续壮大'),
      body('茶饮、生猪、魔芋、中药材四大主导产业综合产值突破60亿元，建成社区工厂83家，吸纳脱贫群众就业2600余人。'),
      p('ZhHeading1', '二、2023年工作安排'),
      body('今年是全面贯彻落实党的二十大精神的开局之年，我们将以乡村振兴统揽“三农”工作，推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。'),
    ] }],
  });
  await write('docx-county-work-report', doc);
}

await headingStyles();
await countyWorkReport();
