import { describe, expect, it } from 'vitest';
import { GramTable } from './gram-table.js';

describe('GramTable', () => {
  it('numbers bigrams densely in first-seen order and finds them again after growing', () => {
    const table = new GramTable();
    const text = Array.from({ length: 20000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const numbers = new Map<number, number>();
    for (let i = 0; i + 1 < text.length; i++) {
      const code = GramTable.code(text, i);
      const n = table.add(code);
      if (!numbers.has(code)) expect(n).toBe(numbers.size);
      numbers.set(code, n);
    }
    expect(table.size).toBe(numbers.size);
    for (const [code, n] of numbers) expect(table.get(code)).toBe(n);
    expect(table.get(GramTable.code('扶贫', 0))).toBe(numbers.get(GramTable.code('扶贫', 0)) ?? -1);
    expect(table.get(GramTable.code('ab', 0))).toBe(-1);
  });

  it.each([['扶贫', 0x6276, 0x8d2b], ['𠀀', 0xd840, 0xdc00]])('packs %s as its two UTF-16 code units', (text, a, b) => {
    expect(GramTable.code(text, 0)).toBe(((a << 16) | b) >>> 0);
  });
});
