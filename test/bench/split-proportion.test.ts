import { describe, expect, it } from 'vitest';
import { cutGaps, describeCutGaps } from '../../bench/lib/split-proportion.js';

describe('cutGaps (where a 2:2 bead is cut on each side)', () => {
  const zh = ['一二三四', '五六七八', '一二', '三四五六七八', '甲乙', '丙丁'];
  const en = ['abcd', 'efgh', 'abcdef', 'gh', 'xy', 'zw'];
  const gold = [{ zh: [0, 1], en: [0, 1] }, { zh: [2, 3], en: [2, 3] }, { zh: [4], en: [4] }, { zh: [5], en: [5] }];

  it('measures |zh share − en share| of the characters before the cut, for 2:2 beads and adjacent 1:1 pairs', () => {
    const gaps = cutGaps(gold, zh, en);
    expect(gaps.twoTwo).toEqual([0, 0.5]);
    expect(gaps.adjacentOneToOne).toEqual([0]);
  });

  it('describes the medians and the share above 0.15', () => {
    expect(describeCutGaps(cutGaps(gold, zh, en))).toContain('2 gold 2:2 beads median 0.500, 50% above 0.15');
  });
});
