import { describe, expect, it } from 'vitest';
import { RepairLog } from '../source-line.js';
import { furnitureIn, recogniseFurniture } from './recognise-furniture.js';

const run = (text: string) => {
  const log = new RepairLog('source.txt');
  const lines = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  return { ...recogniseFurniture(lines, log), log };
};

describe('line furniture: each class dropped, in any order and spacing', () => {
  it.each([
    ['web-breadcrumb', '当前位置：首页 > 新闻 >> 正文'],
    ['web-breadcrumb', '您现在的位置: 首页>乡村振兴>工作动态'],
    ['web-breadcrumb', '首页 » 政务公开 » 通知公告'],
    ['web-page-meta', '发布时间：2023-06-18 09:42   来源：县乡村振兴局   浏览次数：2317   【字号：大 中 小】'],
    ['web-page-meta', '来源:县融媒体中心|时间:2022-03-01'],
    ['web-page-meta', '2021-09-07 10:12 來源：縣政府辦 瀏覽次數：88'],
    ['web-editor-credit', '责任编辑：孙晓燕   审核：刘建平'],
    ['web-editor-credit', '（責任編輯：何文傑）'],
    ['web-editor-credit', '编辑：王芳 校对：李强 终审：赵刚'],
    ['web-editor-credit', '责编：尚娟'],
    ['web-page-meta', '公开日期： 2018-03-05 有效性： 有效'],
    ['web-page-widget', '打印本页 关闭窗口'],
    ['web-page-widget', '【打印】【关闭】'],
    ['web-page-widget', '分享到：微信 微博 QQ空间'],
    ['web-page-widget', '【纠错】 【责任编辑：王子涵】'],
    ['web-page-widget', '上一篇：平川县召开防止返贫动态监测帮扶工作推进会'],
    ['web-footer', '版权所有：平川县人民政府办公室  网站标识码：6201000012'],
    ['web-footer', '平川县人民政府门户网站'],
    ['cms-placeholder', '标题'],
    ['cms-placeholder', '【正文】'],
    ['cms-placeholder', '摘要：'],
  ])('%s: %s', (cls, line) => {
    const result = run(`${line}\n全县脱贫人口人均纯收入达到14386元，同比增长12.6%。`);
    expect(result.lines.map((l) => l.text)).toEqual(['全县脱贫人口人均纯收入达到14386元，同比增长12.6%。']);
    expect(result.log.diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest/furniture', severity: 'warning', line: 1, actual: line.trim() })]);
    expect(result.log.diagnostics[0]!.reason).toContain(cls);
    expect(furnitureIn(line)).toBe(cls);
  });

  it.each([
    '来源于群众、服务群众，是合作社发展的根本经验。',
    '发布时间定在每月十五日，由村务监督委员会张榜公布。',
    '编辑部的同志多次来到村里采访，写下了这篇报道。',
    '打印、复印等费用由村集体统一承担。',
    '标题党不可取',
    '首页设计',
    '时间：2024年1月12日上午9:00 地点：县政府三楼会议室',
    '时间：2024年1月12日',
  ])('leaves body text alone: %s', (line) => {
    expect(run(line).lines.map((l) => l.text)).toEqual([line]);
    expect(furnitureIn(line)).toBeUndefined();
  });
});

describe('conventions kept with a role', () => {
  it('原标题：… keeps the headline without the label, as evidence for the title', () => {
    const result = run('原标题：平川县食用菌产业带动三千余户群众增收');
    expect(result.lines).toEqual([{ no: 1, text: '平川县食用菌产业带动三千余户群众增收', hint: expect.objectContaining({ kind: 'subtitle' }) }]);
    expect(result.titleEvidence).toEqual(['平川县食用菌产业带动三千余户群众增收']);
  });

  it.each([
    ['本报记者 李卫东 通讯员 郑小红', 'byline'],
    ['新华社记者 张晓 王磊', 'byline'],
    ['本報記者 陳嘉穎 清遠報道', 'byline'],
    ['编辑部：', 'paragraph'],
    ['主任、各位副主任、秘书长、各位委员：', 'paragraph'],
    ['此致', 'paragraph'],
    ['尊敬的县委领导：', 'paragraph'],
    ['一是加强组织领导：', undefined],
  ])('%s → %s', (line, kind) => {
    expect(run(line).lines[0]?.hint?.kind).toBe(kind);
  });

  it('an information line keeps its author as the byline and drops the rest', () => {
    const result = run('作者：常利民 文章来源：中国乡村发现网（作者授权发布） 更新时间：2009-11-18 录入：武夷青竹');
    expect(result.lines).toEqual([{ no: 1, text: '作者：常利民', hint: expect.objectContaining({ kind: 'byline' }) }]);
    expect(result.log.diagnostics[0]).toMatchObject({ ruleId: 'ingest/furniture', severity: 'warning', expected: '作者：常利民' });
  });

  it('a block of credits at the end: writer and photographer are bylines, the editors are dropped', () => {
    const result = run('文字：陈泉霖\n图片：杨韬\n责编：尚娟\n审核：姜雪飞');
    expect(result.lines.map((l) => [l.text, l.hint?.kind])).toEqual([['文字：陈泉霖', 'byline'], ['图片：杨韬', 'byline']]);
  });

  it('a credit closed by a full stop, from any paper, stays with its caption and leaves no stray 。', () => {
    const line = '在松廟村的山坡上，馬女士（右）和朋友們一起采摘野生的山楂果子。新華每日電訊記者 趙東輝 攝。';
    expect(run(line).lines).toEqual([{ no: 1, text: line, hint: expect.objectContaining({ kind: 'caption' }) }]);
  });

  it('a 本报讯（记者 …）opening stays the paragraph it opens', () => {
    const line = '本报讯（记者 李卫东 通讯员 郑小红）清明前后，石门县壶瓶山镇的万亩茶园里一片繁忙。';
    expect(run(line).lines).toEqual([{ no: 1, text: line }]);
  });

  it('a caption keeps its credit, and text glued after a credit is split off (next caption, then a paragraph)', () => {
    const result = run('茶叶加工厂工人在制作红茶 本报通讯员 郑小红 摄石门县茶叶交易市场一角（资料图片）今年一季度，全县茶叶线上销售额同比增长38%。');
    expect(result.lines.map((l) => [l.text, l.hint?.kind])).toEqual([
      ['茶叶加工厂工人在制作红茶 本报通讯员 郑小红 摄', 'caption'],
      ['石门县茶叶交易市场一角（资料图片）', 'caption'],
      ['今年一季度，全县茶叶线上销售额同比增长38%。', undefined],
    ]);
    expect(result.log.diagnostics.map((d) => d.ruleId)).toEqual(['ingest/split-line']);
  });

  it.each([
    '村民在合作社分拣香菇。新华社记者 张三 摄',
    '游客在花海中拍照留念 图片来源：县文旅局',
    '航拍下的易地搬迁安置小区 东方IC图片/视觉中国',
    '图为消费帮扶专馆内市民选购农特产品 通讯员 吴立新 摄',
  ])('caption with its credit: %s', (line) => {
    expect(run(line).lines).toEqual([{ no: 1, text: line, hint: expect.objectContaining({ kind: 'caption' }) }]);
  });

  it('a credit alone on its line joins the caption above it, not the paragraph below', () => {
    const result = run('村民在合作社分拣香菇\n新华社记者 张三 摄\n近年来，全县食用菌种植规模不断扩大，带动群众增收。');
    expect(result.lines.map((l) => [l.text, l.hint?.kind])).toEqual([
      ['村民在合作社分拣香菇 新华社记者 张三 摄', 'caption'],
      ['近年来，全县食用菌种植规模不断扩大，带动群众增收。', undefined],
    ]);
  });

  it('a word with 摄 in body text is no credit', () => {
    const line = '县里组织专业团队拍摄了宣传片，在各大平台播放量超过百万次。';
    expect(run(line).lines).toEqual([{ no: 1, text: line }]);
  });

  it('a closing byline in parentheses becomes a byline, alone or glued to the last sentence', () => {
    const glued = run('越来越多的年轻人返乡创业，从事茶叶电商。（李卫东 郑小红）');
    expect(glued.lines.map((l) => [l.text, l.hint?.kind])).toEqual([['越来越多的年轻人返乡创业，从事茶叶电商。', undefined], ['（李卫东 郑小红）', 'byline']]);
    expect(run('（本报记者 王海）').lines[0]?.hint?.kind).toBe('byline');
    expect(run('全文完。（完）').lines).toEqual([{ no: 1, text: '全文完。（完）' }]);
  });
});

describe('lines the file structure already placed (hints from HTML, DOCX, PDF)', () => {
  const hinted = (text: string, kind: 'paragraph' | 'title' | 'caption') => {
    const log = new RepairLog('extracted.txt');
    return recogniseFurniture([{ no: 1, text, hint: { kind, why: '<p> element' } }], log).lines;
  };

  it('furniture in a <p> is still dropped; a label is still taken off', () => {
    expect(hinted('责任编辑：孙晓燕', 'paragraph')).toEqual([]);
    expect(hinted('原标题：平川县食用菌产业带动群众增收', 'paragraph')).toEqual([{ no: 1, text: '平川县食用菌产业带动群众增收', hint: { kind: 'paragraph', why: '<p> element' } }]);
  });

  it('the hint outranks a recogniser’s role: a hinted line is never re-roled or split', () => {
    const line = '本报记者 李卫东 通讯员 郑小红';
    expect(hinted(line, 'caption')).toEqual([{ no: 1, text: line, hint: { kind: 'caption', why: '<p> element' } }]);
  });
});
