import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyOrder } from './key-order.js';

const byDefaultSort = (keys: string[]): string[] => [...keys].sort();
// Few distinct units, so keys share their first four units often (the whole comparison's part).
const unit = fc.constantFrom('a', 'Z', '\u0000', ' ', '沁', '县', '。', '𠀀', '\uD800', '\uDFFF', '\uFFFF', 'é');

describe('keyOrder', () => {
  it('orders keys as the default sort does, below and above the radix threshold', () => {
    for (const [size, runs] of [[60, 200], [5000, 3]] as const) {
      fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 7 }), { minLength: size, maxLength: size }), (keys) => {
        const order = keyOrder(keys);
        expect(Array.from(order, (i) => keys[i]!)).toEqual(byDefaultSort(keys));
        expect(new Set(order).size).toBe(keys.length);
      }), { numRuns: runs });
    }
  });

  it('tells apart keys that differ only past the fourth unit or by a trailing U+0000', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => ['脱贫攻坚', 'a', 'a\u0000', ''][i % 4]! + String(4999 - i));
    expect(Array.from(keyOrder(keys), (i) => keys[i]!)).toEqual(byDefaultSort(keys));
  });
});
