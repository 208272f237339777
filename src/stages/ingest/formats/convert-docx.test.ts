import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../errors.js';
import { convertDocx } from './convert-docx.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'ingest');

describe('convertDocx: Word styles become the same hints as HTML', () => {
  it('Title, Heading 1/2 and Caption styles; bold lead-ins kept as text at the paragraph start; alt text repeated by the caption not kept twice', async () => {
    const c = await convertDocx(readFileSync(join(FIXTURES, 'docx-heading-styles', 'source.docx')), 'source.docx');
    const lines = c.text.split('\n\n');
    expect(lines.slice(0, 6)).toEqual([
      '汉滨区2022年度消费帮扶工作情况汇报', '（2023年1月6日）', '一、主要做法',
      '搭建线上线下销售平台。在区内建成消费帮扶专馆3个、专区27个、专柜160台，组织38家帮扶产品供应商入驻“832”平台，全年线上销售帮扶产品5400万元。',
      '推动机关单位带头采购。全区预算单位预留食堂食材采购份额的30%用于采购脱贫地区农副产品，全年完成采购2180万元。',
      '图1 汉滨区消费帮扶专馆内展销的富硒农产品',
    ]);
    expect(lines.map((_, i) => c.hints.get(2 * i + 1)?.kind ?? '')).toEqual(['title', '', 'heading', '', '', 'caption', 'heading', 'heading', '', 'heading', '']);
    expect(lines.map((_, i) => c.hints.get(2 * i + 1)?.level)).toEqual([undefined, undefined, 2, undefined, undefined, undefined, 2, 3, undefined, 3, undefined]);
    expect(c).toMatchObject({ format: 'docx', encoding: 'binary' });
    expect(c.origins.get(11)).toBe('source.docx block 6');
  });

  it('Chinese style names (标题, 标题 1, 标题 2) are read like the English ones', async () => {
    const c = await convertDocx(readFileSync(join(FIXTURES, 'docx-county-work-report', 'source.docx')), 'source.docx');
    const hinted = [...c.hints].map(([line, hint]) => [c.text.split('\n')[line - 1], hint.kind, hint.level]);
    expect(hinted).toEqual([
      ['政府工作报告', 'title', undefined], ['一、2022年工作回顾', 'heading', 2], ['（一）防止返贫监测更加精准', 'heading', 3],
      ['（二）帮扶产业持续壮大', 'heading', 3], ['二、2023年工作安排', 'heading', 2],
    ]);
  });

  it('a file that is not a Word document is an input error with a hint', async () => {
    const error = await convertDocx(Buffer.from('PK\u0003\u0004 word/document.xml but not a zip'), 'source.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('input/bad-docx');
  });
});
