import { describe, expect, it } from 'vitest';
import { clauseCost, clauseMarks, clauseModel } from './clause-marks.js';
import { lengthCost } from './length-model.js';

describe('clause marks', () => {
  it('counts Chinese clause and sentence marks', () => {
    expect(clauseMarks('神说：要有光，就有了光。', 'zh')).toBe(3);
    expect(clauseMarks('苹果、梨和桃', 'zh')).toBe(1);
  });

  it('counts English marks before a space or the end, not inside numbers', () => {
    expect(clauseMarks('And God said, Let there be light: and there was light.', 'en')).toBe(3);
    expect(clauseMarks('Growth was 3.5 percent, or 1,000 jobs.', 'en')).toBe(2);
    expect(clauseMarks('He said, "Go."', 'en')).toBe(2);
  });

  it('costs a bead whose counts disagree more than one whose counts fit the text', () => {
    const zh = ['一，二。', '三，四，五。', '六。', '七，八。'];
    const en = ['One, two.', 'Three, four, five.', 'Six.', 'Seven, eight.'];
    const model = clauseModel([...zh, ...zh, ...zh, ...zh, ...zh, ...zh], [...en, ...en, ...en, ...en, ...en, ...en], [...Array(24).keys()].map((k) => [k, k] as const), 1);
    expect(model.model.ratio).toBeCloseTo(1, 6);
    const fit = clauseCost(model, 1, 1, 1, 1);
    expect(fit).toBeCloseTo(0, 1);
    // Sentence 1 (3 marks) against sentence 2 (1 mark), and two Chinese sentences against one English.
    expect(clauseCost(model, 1, 1, 2, 1)).toBeGreaterThan(fit + 1);
    expect(clauseCost(model, 0, 2, 0, 1)).toBeGreaterThan(clauseCost(model, 0, 2, 0, 2) + 1);
  });

  it('scales the cost by its weight', () => {
    const zh = ['一，二。', '三。'];
    const en = ['One, two.', 'Three.'];
    const one = clauseModel(zh, en, [[0, 0], [1, 1]], 1);
    const half = clauseModel(zh, en, [[0, 0], [1, 1]], 0.5);
    expect(clauseCost(half, 0, 1, 1, 1)).toBeCloseTo(clauseCost(one, 0, 1, 1, 1) / 2, 9);
    expect(clauseCost(one, 0, 1, 1, 1)).toBeGreaterThan(0);
  });

  it('reads counts from its table as it would compute them, and computes counts beyond it', () => {
    const zh = Array.from({ length: 30 }, (_, k) => '一，'.repeat(k % 5) + '二。');
    const en = Array.from({ length: 30 }, (_, k) => 'One, '.repeat(k % 4) + 'two.');
    const c = clauseModel([...zh, '，'.repeat(80)], [...en, ', '.repeat(70)], zh.map((_, k) => [k, k] as const), 0.7);
    for (const [i, di, j, dj] of [[0, 1, 0, 1], [3, 2, 4, 1], [10, 4, 12, 3]] as const) {
      expect(clauseCost(c, i, di, j, dj)).toBe(0.7 * lengthCost(c.zh[i + di]! - c.zh[i]!, c.en[j + dj]! - c.en[j]!, c.model));
    }
    expect(clauseCost(c, 30, 1, 30, 1)).toBe(0.7 * lengthCost(80, 70, c.model));
  });
});
