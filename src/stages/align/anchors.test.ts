import { describe, expect, it } from 'vitest';
import { chineseAnchors, englishAnchors, englishPinyinNames } from './anchors.js';
import { buildLexicon } from './lexicon.js';

const lexicon = buildLexicon([
  ['張', '张', 'Zhang1', 'surname Zhang'],
  ['水', '水', 'shui3', 'water'],
  ['林', '林', 'lin2', 'woods'],
  ['郭', '郭', 'Guo1', 'surname Guo'],
  ['新', '新', 'xin1', 'new'],
  ['文', '文', 'wen2', 'language'],
]);

describe('anchors', () => {
  it.each([
    ['3.2万户', 'It covers 32,000 households.', '#32000'],
    ['占30.12%', 'a share of 30.12 percent', '#30.12'],
    ['2018年12月4日', 'On 4 December 2018,', '#2018'],
  ])('a figure gives the same token on both sides: %s', (zh, en, token) => {
    expect(chineseAnchors(zh, lexicon, new Set())).toContain(token);
    expect(englishAnchors(en, lexicon.syllables)).toContain(token);
  });

  it('marks questions and quotes on both sides', () => {
    expect(chineseAnchors('这是“精准扶贫”吗？', lexicon, new Set())).toEqual(['p:?', 'p:"']);
    expect(englishAnchors('Is this "targeted poverty alleviation"?', lexicon.syllables)).toEqual(['p:?', 'p:"']);
  });

  it('matches a romanised name to the pinyin of its characters', () => {
    const names = englishPinyinNames('The first secretary, Zhang Shuilin, and Guo Xinwen stayed.', lexicon.syllables);
    expect(names).toEqual(['zhang', 'shuilin', 'xinwen']);
    const zh = chineseAnchors('第一书记张水林和郭新文', lexicon, new Set(names));
    expect(zh).toEqual(expect.arrayContaining(['py:zhang', 'py:shuilin', 'py:xinwen']));
    expect(englishPinyinNames('The Shepherd came.', lexicon.syllables)).toEqual([]);
  });
});

describe('chineseAnchors at scale', () => {
  it('survives a sentence of 200,000 characters full of names (a quote left open glues a whole file)', () => {
    const big = buildLexicon([['張', '张', 'Zhang1', 'surname Zhang'], ['王', '王', 'Wang2', 'surname Wang']]);
    const anchors = chineseAnchors('张王'.repeat(100_000), big, new Set(['zhang', 'wang']));
    expect(anchors.filter((a) => a === 'py:zhang')).toHaveLength(100_000);
  });
});
