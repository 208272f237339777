import { describe, expect, it } from 'vitest';
import { foldRadicals } from './fold-radicals.js';

describe('foldRadicals', () => {
  it.each([
    ['⼯作推进情况', 'Hans', '工作推进情况'],
    ['受县⼈⺠政府委托', 'Hans', '受县人民政府委托'],
    ['增⻓2.3%，粮⻝安全', 'Hans', '增长2.3%，粮食安全'],
    ['贫困⼾1862⼾', 'Hans', '贫困户1862户'],
    ['農⼾吃不飽飯', 'Hant', '農戶吃不飽飯'],
    ['挨家挨户摸底', 'Hant', '挨家挨戶摸底'],
    ['排起了⻑隊', 'Hant', '排起了長隊'],
    ['吃返銷\uf97b過日子', 'Hant', '吃返銷糧過日子'],
  ] as const)('%s (%s) → %s', (text, script, expected) => {
    expect(foldRadicals(text, script).text).toBe(expected);
  });

  it('counts what it folded and names the first', () => {
    expect(foldRadicals('⼀是⼯作', 'Hans')).toEqual({ text: '一是工作', count: 2, example: '⼀ → 一' });
  });

  it('leaves ordinary text alone, 户 in simplified text included', () => {
    expect(foldRadicals('贫困户户均增收2300元。', 'Hans')).toEqual({ text: '贫困户户均增收2300元。', count: 0 });
  });
});
