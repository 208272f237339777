import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { createGlossaryAnchors } from './glossary-anchors.js';
import { buildSentenceFeatures } from './sentence-features.js';
import { buildLexicon } from './lexicon.js';
import { computePairMatches } from './pair-matches.js';

const entries: GlossaryEntry[] = [
  { zh: '易地扶贫搬迁', en: 'relocation of poor households', short: 'poverty relocation', kind: 'policy', status: 'approved' } as GlossaryEntry,
  { zh: '两不愁三保障', en: 'two assurances and three guarantees', kind: 'slogan', status: 'approved' } as GlossaryEntry,
];

describe('createGlossaryAnchors', () => {
  const anchors = createGlossaryAnchors(entries);

  it('gives a term and its rendering the same token, in Simplified or Traditional, any case, whole words only', () => {
    expect(anchors.chinese('全县完成易地扶贫搬迁，实现两不愁三保障。')).toEqual(['gl:0', 'gl:1']);
    expect(anchors.chinese('全縣完成易地扶貧搬遷。')).toEqual(['gl:0']);
    expect(anchors.english('The county completed Poverty Relocation and met the two assurances and three guarantees.')).toEqual(['gl:0', 'gl:1']);
    expect(anchors.english('poverty relocations')).toEqual([]);
  });

  it('makes a sentence pair share evidence that the dictionary alone does not give', () => {
    const lexicon = buildLexicon([]);
    const zh = ['全县完成易地扶贫搬迁。'];
    const en = ['The county finished the relocation of poor households.'];
    const hits = (glossary?: ReturnType<typeof createGlossaryAnchors>): number => {
      const f = buildSentenceFeatures(zh, en, lexicon, { glossary });
      return computePairMatches(f.zh, f.en, f.vocabularySize, Int32Array.of(0), Int32Array.of(1)).hits(0, 0);
    };
    expect(hits()).toBe(0);
    expect(hits(anchors)).toBe(2);
  });
});
