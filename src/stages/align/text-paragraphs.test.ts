import { describe, expect, it } from 'vitest';
import { joinLines, pairLineModes, paragraphSentences, textLayout, textParagraphs } from './text-paragraphs.js';

describe('textParagraphs', () => {
  it('splits plain text at blank lines and joins broken Chinese lines without spaces', () => {
    const text = '沁县狠抓脱贫攻坚主体责任落实，坚持实绩与\n实效挂钩。\n\n  \n脱贫攻坚，成败在于精准。\n';
    expect(textParagraphs(text, 'zh', false).map((p) => p.text)).toEqual(['沁县狠抓脱贫攻坚主体责任落实，坚持实绩与实效挂钩。', '脱贫攻坚，成败在于精准。']);
  });

  it('strips Markdown syntax: headings, emphasis, links, lists, code and HTML', () => {
    const md = '# One **Responsibility**\n\nSee [the report](http://x.test) for *details*.\nIt has `code`.\n\n- first item\n- second item\n\n```\nskip me\n```\n\n<div>html</div>\n';
    expect(textParagraphs(md, 'en', true).map((p) => p.text)).toEqual([
      'One Responsibility', 'See the report for details. It has code.', 'first item', 'second item',
    ]);
  });

  it('keeps one sentence per line as the units, even a line ending in a comma or holding two sentences', () => {
    const zh = '起初神创造天地。\n地是空虚混沌，\n渊面黑暗。\n神说：要有光。\n就有了光。\n神看光是好的。\n就把光暗分开了。\n神称光为昼。\n称暗为夜。\n有晚上，有早晨。\n是头一日。\n';
    const [paragraph, ...rest] = textParagraphs(zh, 'zh', false);
    expect(rest).toEqual([]);
    expect(paragraph!.units).toHaveLength(11);
    expect(paragraph!.units![1]).toBe('地是空虚混沌，');
    expect(paragraphSentences(paragraph!, 'zh')).toEqual(paragraph!.units);
  });

  it('reads lines holding whole paragraphs (several sentences each) as paragraphs to split', () => {
    const text = '脱贫攻坚，责重如山。沁县狠抓主体责任落实。\n脱贫攻坚，成败在于精准。沁县坚持靶向治疗。\n全县脱贫。群众满意。\n';
    const paragraphs = textParagraphs(text, 'zh', false);
    expect(paragraphs.map((p) => p.units)).toEqual([undefined, undefined, undefined]);
    expect(paragraphSentences(paragraphs[0]!, 'zh')).toEqual(['脱贫攻坚，责重如山。', '沁县狠抓主体责任落实。']);
  });

  it('splits Chinese inside quotations, as the English side is split', () => {
    expect(paragraphSentences({ text: '他说：“我们遭遇的竞争越来越激烈。因此要加倍努力。”他说，时代在变迁。' }, 'zh'))
      .toEqual(['他说：“我们遭遇的竞争越来越激烈。', '因此要加倍努力。”', '他说，时代在变迁。']);
  });

  it.each([
    ['Latin next to Latin keeps a space', ['Qin', 'County'], 'zh', 'Qin County'],
    ['Chinese joins directly', ['扶贫', '开发'], 'zh', '扶贫开发'],
    ['English always gets a space', ['poverty', 'alleviation'], 'en', 'poverty alleviation'],
  ] as const)('%s', (_n, lines, language, expected) => {
    expect(joinLines(lines.join('\n'), language)).toBe(expected);
  });
});

describe('pairLineModes', () => {
  const zh = textLayout('张光军被任命为广东省副省长。\n会议30日在广州举行。\n会议经表决，决定任命张光军。\n此前，张光军任中国人民银行广州分行行长。\n', 'zh');
  // A translator split one line into two sentences: on its own this side reads as running text.
  const en = textLayout('Zhang Guangjun was appointed vice governor.\nThe meeting was held in Guangzhou on the 30th.\nThe meeting voted. It appointed Zhang Guangjun.\nHe was previously head of the central bank branch.\n', 'en');

  it('follows a one-per-line side when the other has as many lines', () => {
    expect(pairLineModes(en, en)).toEqual(['running', 'running']);
    expect(pairLineModes(zh, en)).toEqual(['units', 'units']);
  });

  it('obeys an explicit choice', () => {
    expect(pairLineModes(zh, en, 'sentences')).toEqual(['running', 'running']);
    expect(pairLineModes(zh, en, 'lines')).toEqual(['units', 'units']);
  });
});
