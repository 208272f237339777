import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAhoCorasick } from './aho-corasick.js';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, index) => {
    if (p === '' || patterns.indexOf(p) !== index) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${index}@${i}-${i + p.length}`);
  });
  return out.sort();
}

describe('createAhoCorasick', () => {
  it('finds every occurrence, overlapping ones included', () => {
    const ac = createAhoCorasick(['扶贫', '精准扶贫', '贫困', '扶贫办']);
    const hits = ac.search('精准扶贫办贫困户').map((h) => `${h.pattern}@${h.start}-${h.end}`);
    expect(hits.sort()).toEqual(['0@2-4', '1@0-4', '2@5-7', '3@2-5'].sort());
  });

  it('agrees with a naive scan on random Chinese text', () => {
    const char = fc.constantFrom('扶', '贫', '精', '准', '脱', '攻', '坚');
    const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(char, { maxLength: 40 }).map((a) => a.join('')), (patterns, text) => {
        const hits = createAhoCorasick(patterns).search(text).map((h) => `${h.pattern}@${h.start}-${h.end}`).sort();
        expect(hits).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });
});
