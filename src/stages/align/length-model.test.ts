import { describe, expect, it } from 'vitest';
import { estimateLengthModel, lengthCost, normalCdf, refineLengthModel, textLength } from './length-model.js';

describe('length model', () => {
  it('estimates the ratio from the totals', () => {
    const model = estimateLengthModel([10, 20, 30], [33, 66, 99]);
    expect(model.ratio).toBeCloseTo(3.3, 6);
    expect(model.variance).toBeCloseTo(6.8 * 3.3, 6);
  });

  it('counts characters without white space', () => {
    expect(textLength('脱贫 攻坚')).toBe(4);
    expect(textLength('Poverty alleviation.')).toBe(19);
  });

  it('costs least when the lengths fit the ratio and more as they drift', () => {
    const model = { ratio: 3, variance: 10 };
    const fit = lengthCost(20, 60, model);
    expect(fit).toBeCloseTo(0, 3);
    expect(lengthCost(20, 90, model)).toBeGreaterThan(fit + 1);
    expect(lengthCost(20, 150, model)).toBeGreaterThan(lengthCost(20, 90, model));
    expect(lengthCost(20, 30, model)).toBeGreaterThan(1);
  });

  it.each([[0, 0.5], [1, 0.8413447], [-1.96, 0.0249979], [3, 0.9986501]])('Φ(%d) = %d', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 6);
  });

  it('re-estimates ratio and variance from aligned pairs', () => {
    const pairs = Array.from({ length: 40 }, (_, k): [number, number] => [20 + k, 2 * (20 + k) + (k % 2 ? 4 : -4)]);
    const model = refineLengthModel({ ratio: 3, variance: 20 }, pairs);
    expect(model.ratio).toBeCloseTo(2, 1);
    expect(model.variance).toBeLessThan(1.2);
    expect(refineLengthModel({ ratio: 3, variance: 20 }, pairs.slice(0, 5))).toEqual({ ratio: 3, variance: 20 });
  });
});
