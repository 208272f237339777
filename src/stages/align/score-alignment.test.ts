import { describe, expect, it } from 'vitest';
import { formatBeads, parseBeads, scoreAlignment } from './score-alignment.js';

describe('scoreAlignment', () => {
  const gold = parseBeads('[0]:[0]\n[1,2]:[1]\n[3]:[2]\n[4]:[3,4]\n');

  it('scores a perfect alignment 1', () => {
    const s = scoreAlignment([{ gold, predicted: gold }]);
    expect([s.precisionStrict, s.recallStrict, s.f1Strict, s.f1Lax]).toEqual([1, 1, 1, 1]);
  });

  it('counts strict and lax hits as eval_align.py does', () => {
    // [1]:[1] and [2]:[] split the gold 2:1; [3]:[2] and the rest are exact.
    const predicted = parseBeads('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n[4]:[3,4]\n');
    const s = scoreAlignment([{ gold, predicted }]);
    expect(s.precisionStrict).toBeCloseTo(3 / 5, 10); // [2]:[] is a miss
    expect(s.precisionLax).toBeCloseTo(4 / 5, 10); // [1]:[1] overlaps the gold bead
    expect(s.recallStrict).toBeCloseTo(3 / 4, 10);
    expect(s.recallLax).toBeCloseTo(1, 10);
    expect(s.f1Strict).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 10);
  });

  it('round-trips the bead format and reports bad lines with their line number', () => {
    expect(parseBeads(formatBeads(gold))).toEqual(gold);
    expect(() => parseBeads('[0]:[0]\n[1:2\n', 'x.align')).toThrow('x.align:2');
  });
});
