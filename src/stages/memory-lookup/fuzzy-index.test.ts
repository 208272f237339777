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
        const fast = index.search(query, { limit: 1, likelyWorth: pick % 2 ? 0 : undefined })[0];
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

  it('returns the same top hits as brute force when many variants of a sentence compete (the search starts from the likely best)', () => {
    const lines = readFileSync(join(SHARED, 'heldout', 'wmt20_news_zh_en.zh.txt'), 'utf8').split('\n').filter(Boolean).slice(0, 40);
    // Each sentence with up to 40 variants of 1–6 characters changed, as a memory at scale holds them.
    const variant = fc.tuple(fc.nat(lines.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom('改', '的', '，', '0')), { minLength: 1, maxLength: 6 }));
    const edit = ([pick, edits]: [number, [number, string][]]): string => {
      const chars = [...lines[pick]!];
      for (const [at, c] of edits) chars[at % chars.length] = c;
      return chars.join('');
    };
    fc.assert(
      fc.property(fc.array(variant, { minLength: 20, maxLength: 400 }), variant, fc.integer({ min: 60, max: 95 }), fc.integer({ min: 1, max: 8 }), (variants, query, threshold, limit) => {
        const memory = [...lines, ...variants.map(edit)];
        const q = edit(query);
        for (const likelyWorth of [0, undefined]) expect(new FuzzyIndex(memory).search(q, { threshold, limit, likelyWorth })).toEqual(bruteForceSearch(memory, q, { threshold, limit }));
      }),
      { numRuns: 150 },
    );
  });

  it('finds a tie the guess of likely best matches missed: the lower index wins', () => {
    // The two ends changed keep more bigrams than the middle changed, so they are guessed first.
    const memory = ['一二三四五改七八九十', '一二三四五六七八九改', '改二三四五六七八九十'];
    for (const likelyWorth of [0, undefined]) expect(new FuzzyIndex(memory).search('一二三四五六七八九十', { threshold: 80, limit: 1, likelyWorth })).toEqual([{ index: 0, score: 90 }]);
  });

  it('handles very short strings, where the bigram bound is empty, by scanning the length window', () => {
    const index = new FuzzyIndex(['好', '好的', '你好', '扶贫']);
    expect(index.search('好', { threshold: 50 }).map((h) => h.index)).toEqual([0, 1, 2]);
  });

  it('returns the same top hits as brute force, ties broken by index, on a small alphabet with repeated bigrams', () => {
    const word = fc.stringMatching(/^[扶贫脱攻坚村户]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), word, fc.integer({ min: 40, max: 100 }), fc.integer({ min: 1, max: 6 }), (memory, query, threshold, limit) => {
        for (const likelyWorth of [0, undefined]) expect(new FuzzyIndex(memory).search(query, { threshold, limit, likelyWorth })).toEqual(bruteForceSearch(memory, query, { threshold, limit }));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a query bigram no entry has', '精准扶贫精准脱贫𠀀', ['精准扶贫精准脱贫', '精准扶贫', '精准脱贫精准扶贫']],
    ['equal scores: the lower index wins', '贫困村退出', ['贫困户退出', '贫困县退出', '贫困村退出了']],
    ['Traditional and Simplified differ by characters', '貧困村全部退出。', ['贫困村全部退出。', '貧困村全部退出了。']],
  ])('agrees with brute force for %s', (_name, query, memory) => {
    for (const limit of [1, 2, 5]) {
      for (const likelyWorth of [0, undefined]) expect(new FuzzyIndex(memory).search(query, { threshold: 50, limit, likelyWorth })).toEqual(bruteForceSearch(memory, query, { threshold: 50, limit }));
    }
  });
});

