import { describe, expect, it } from 'vitest';
import { joinLines, textParagraphs } from './text-paragraphs.js';

describe('textParagraphs', () => {
  it('splits plain text at blank lines and joins broken Chinese lines without spaces', () => {
    const text = '沁县狠抓脱贫攻坚主体责任落实，坚持实绩与\n实效挂钩。\n\n  \n脱贫攻坚，成败在于精准。\n';
    expect(textParagraphs(text, 'zh', false)).toEqual(['沁县狠抓脱贫攻坚主体责任落实，坚持实绩与实效挂钩。', '脱贫攻坚，成败在于精准。']);
  });

  it('strips Markdown syntax: headings, emphasis, links, lists, code and HTML', () => {
    const md = '# One **Responsibility**\n\nSee [the report](http://x.test) for *details*.\nIt has `code`.\n\n- first item\n- second item\n\n```\nskip me\n```\n\n<div>html</div>\n';
    expect(textParagraphs(md, 'en', true)).toEqual([
      'One Responsibility', 'See the report for details. It has code.', 'first item', 'second item',
    ]);
  });

  it.each([
    ['Latin next to Latin keeps a space', ['Qin', 'County'], 'zh', 'Qin County'],
    ['Chinese joins directly', ['扶贫', '开发'], 'zh', '扶贫开发'],
    ['English always gets a space', ['poverty', 'alleviation'], 'en', 'poverty alleviation'],
  ] as const)('%s', (_n, lines, language, expected) => {
    expect(joinLines(lines.join('\n'), language)).toBe(expected);
  });
});
