import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepairLog } from '../source-line.js';
import { recogniseFurniture } from './recognise-furniture.js';

/** Real shapes of report lines and of furniture, glued together at random. */
const FRAGMENTS = [
  '当前位置：首页 > 新闻 >> 正文', '发布时间：2023-06-18 来源：县乡村振兴局 浏览次数：88', '责任编辑：孙晓燕', '打印本页 关闭窗口',
  '原标题：平川县食用菌产业带动群众增收', '标题', '正文', '本报记者 李卫东 通讯员 郑小红', '新华社记者 杨晓东 摄', '（资料图片）',
  '村民在合作社分拣香菇', '（李卫东）', '编辑部：', '作者：常利民 文章来源：中国乡村发现网', '图片来源：县融媒体中心',
  '近年来，全县食用菌种植规模不断扩大，带动群众增收。', '全县脱贫人口人均纯收入达到14386元。', '一、工作开展情况', '王海鹰 陈思远',
];
const han = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).sort().join('');

describe('recogniseFurniture: nothing is dropped silently', () => {
  it('every Chinese character of the input is in the output or in a logged furniture drop', () => {
    const line = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (texts) => {
      const log = new RepairLog('source.txt');
      const { lines } = recogniseFurniture(texts.map((text, i) => ({ no: i + 1, text })), log);
      const dropped = log.diagnostics.filter((d) => d.ruleId === 'ingest/furniture').map((d) => {
        const kept = d.expected === '(dropped)' ? '' : (d.expected ?? '');
        const left = [...han(d.actual ?? '')];
        for (const c of han(kept)) left.splice(left.indexOf(c), 1);
        return left.join('');
      });
      expect(han(lines.map((l) => l.text).join('') + dropped.join(''))).toBe(han(texts.join('')));
    }), { numRuns: 300 });
  });
});
