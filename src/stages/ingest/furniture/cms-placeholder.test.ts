import { describe, expect, it } from 'vitest';
import { cmsPlaceholder } from './cms-placeholder.js';

const at = (index: number) => ({ index, count: 10 });

describe('cmsPlaceholder', () => {
  it('drops a field label alone on its line', () => {
    expect(cmsPlaceholder.recognise('正文：', at(2))).toMatchObject({ keep: [] });
    expect(cmsPlaceholder.recognise('【摘要】', at(1))).toMatchObject({ keep: [] });
  });

  it('takes the label off a 标题 field near the top and keeps the headline as the title', () => {
    expect(cmsPlaceholder.recognise('标题：秭归县推进脐橙产业提质增效', at(0))).toEqual({
      cls: 'cms-placeholder', why: 'CMS field label 标题： dropped, its text kept',
      keep: [{ text: '秭归县推进脐橙产业提质增效', role: 'title' }], titleEvidence: '秭归县推进脐橙产业提质增效',
    });
  });

  it('takes the label off a body field and keeps its text as it is', () => {
    expect(cmsPlaceholder.recognise('正文：今年以来，全镇新建冷库3座。', at(3))?.keep).toEqual([{ text: '今年以来，全镇新建冷库3座。' }]);
  });

  it('keeps 摘要：/导语： in front of their text: a paper\'s abstract or a news lead, written so', () => {
    expect(cmsPlaceholder.recognise('摘要：本文基于对三个安置点的问卷调查。', at(4))).toBeUndefined();
  });

  it('leaves a 标题： deep in running text alone, and body text without a label', () => {
    expect(cmsPlaceholder.recognise('标题：这是正文里引用的一个标题', at(7))).toBeUndefined();
    expect(cmsPlaceholder.recognise('全镇新建冷库3座。', at(3))).toBeUndefined();
  });
});
