import { describe, expect, it } from 'vitest';
import { sentenceRegions } from './align-paragraphs.js';

describe('sentenceRegions', () => {
  it('aligns the sentences of a Chinese-only and an English-only paragraph bead side by side together', () => {
    const beads = [{ zh: [0], en: [0] }, { zh: [1], en: [] }, { zh: [], en: [1, 2] }, { zh: [2], en: [3] }];
    expect(sentenceRegions(beads)).toEqual([{ zh: [0], en: [0] }, { zh: [1], en: [1, 2] }, { zh: [2], en: [3] }]);
  });

  it('keeps a paragraph without a counterpart on either side alone', () => {
    const beads = [{ zh: [0], en: [0] }, { zh: [1], en: [] }, { zh: [2], en: [1] }, { zh: [], en: [2] }];
    expect(sentenceRegions(beads)).toEqual(beads);
  });
});
