import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../../test/helpers/paths.js';
import { bruteForceSearch, FuzzyIndex } from './fuzzy-index.js';

describe('FuzzyIndex', () => {
  it('scores as translate-toolkit does: 100 · (1 − distance / longer length)', () => {
    const index = new FuzzyIndex(['沁县179个贫困村全部退出。', '完全无关的句子。']);
    const [hit] = index.search('沁县180个贫困村全部退出。');
    // Two substitutions (179 → 180) in 14 characters.
    expect(hit).toEqual({ index: 0, score: Math.round(10000 * (1 - 2 / 14)) / 100 });
  });

  it('finds the same best match as a brute-force scan on real news sentences', () => {
    const lines = readFileSync(join(SHARED, 'heldout', 'wmt20_news_zh_en.zh.txt'), 'utf8').split('\n').filter(Boolean);
    const memory = lines.slice(0, 800);
    const index = new FuzzyIndex(memory);
    let matched = 0;
    fc.assert(
      fc.property(fc.nat(memory.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (pick, edits) => {
        const chars = [...memory[pick]!];
        for (const e of edits) chars[e % chars.length] = '改';
        const query = chars.join('');
        const fast = index.search(query, { limit: 1 })[0];
        const slow = bruteForceSearch(memory, query, { limit: 1 })[0];
        expect(fast?.score).toBe(slow?.score);
        if (slow) matched++;
      }),
      { numRuns: 300 },
    );
    expect(matched).toBeGreaterThan(100);
    for (const query of lines.slice(1000, 1100)) {
      expect(index.search(query, { limit: 1 })[0]?.score).toBe(bruteForceSearch(memory, query, { limit: 1 })[0]?.score);
    }
  });

  it('handles very short strings, where the bigram bound is empty, by scanning the length window', () => {
    const index = new FuzzyIndex(['好', '好的', '你好', '扶贫']);
    expect(index.search('好', { threshold: 50 }).map((h) => h.index)).toEqual([0, 1, 2]);
  });
});
