import { describe, expect, it } from 'vitest';
import { mergeWithinVerses } from '../../bench/lib/verse-merge.js';

describe('mergeWithinVerses (the Bible gold set scored at verse level)', () => {
  // Chinese sentences 0–5 and English 0–4 with their verses.
  const zhVerse = ['1:1', '1:2', '1:2', '1:3', '1:3', '1:4'];
  const enVerse = ['1:1', '1:2', '1:2', '1:3', '1:4'];

  it('joins consecutive beads inside one verse on both sides, null sides taking the other side’s verse', () => {
    const predicted = [
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
      { zh: [2], en: [2] },
      { zh: [3], en: [] },
      { zh: [4], en: [3] },
      { zh: [5], en: [4] },
    ];
    const { beads, into } = mergeWithinVerses(predicted, zhVerse, enVerse);
    expect(beads).toEqual([
      { zh: [0], en: [0] },
      { zh: [1, 2], en: [1, 2] },
      { zh: [3, 4], en: [3] },
      { zh: [5], en: [4] },
    ]);
    expect(into).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('leaves beads that span verses, and joins none of them', () => {
    const predicted = [
      { zh: [0, 1], en: [0, 1] },
      { zh: [2, 3], en: [2] },
      { zh: [4], en: [3] },
      { zh: [5], en: [4] },
    ];
    expect(mergeWithinVerses(predicted, zhVerse, enVerse).beads).toEqual(predicted);
  });

  it('leaves a bead that pairs one verse with another, and does not join its neighbours through it', () => {
    const zh = ['2:1', '2:1', '2:1'];
    const en = ['2:1', '2:2', '2:1'];
    const predicted = [{ zh: [0], en: [0] }, { zh: [1], en: [1] }, { zh: [2], en: [2] }];
    expect(mergeWithinVerses(predicted, zh, en).beads).toEqual(predicted);
    expect(mergeWithinVerses([predicted[0]!, predicted[2]!], zh, en).beads).toEqual([{ zh: [0, 2], en: [0, 2] }]);
  });

  it('keeps gold beads that are whole verses as they are', () => {
    const gold = [{ zh: [0], en: [0] }, { zh: [1, 2], en: [1, 2] }, { zh: [3, 4], en: [3] }, { zh: [5], en: [4] }];
    expect(mergeWithinVerses(gold, zhVerse, enVerse).beads).toEqual(gold);
  });

  it('refuses a verse list shorter than the text', () => {
    expect(() => mergeWithinVerses([{ zh: [9], en: [0] }], zhVerse, enVerse)).toThrow(/sentence 9 has no verse/u);
  });
});
