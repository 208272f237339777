import { describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { TranslationMemory } from '../../stores/memory-jsonl.js';
import { memoryLookupOf } from './memory-lookup.js';

function entry(key: string, target: string, state: MemoryEntry['state'] = 'translated'): MemoryEntry {
  return { key, source: key, target, state, origin: 'manual', reports: ['r'], created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };
}

const memory = new TranslationMemory('/nowhere', [
  entry('累计减贫2964户6796人。', 'Poverty fell by 2,964 households (6,796 people).'),
  entry('累计减贫2964户6000人。', 'Poverty fell by 2,964 households (6,000 people).'),
  entry('10个贫困村全部退出了。', 'All 10 poor villages left the list.', 'empty'),
  entry('全县上下主动作为。', ''),
]);

describe('memoryLookupOf', () => {
  it('returns entries with their scores, best first, never the key itself', () => {
    const lookup = memoryLookupOf(memory);
    expect(lookup.threshold).toBe(75);
    const found = lookup.fuzzy('累计减贫2964户6796人。');
    expect(found.map((m) => [m.entry.target, m.score])).toEqual([["Poverty fell by 2,964 households (6,000 people).", 80]]);
  });

  it('holds its threshold: a higher one finds less', () => {
    expect(memoryLookupOf(memory, 90).fuzzy('累计减贫2964户6796人。')).toEqual([]);
    expect(memoryLookupOf(memory, 90).threshold).toBe(90);
  });

  it('suggests an exact entry without a state first, then fuzzy matches; entries without English never', () => {
    const lookup = memoryLookupOf(memory);
    expect(lookup.suggestions('10个贫困村全部退出了。').map((s) => [s.entry.key, s.score])).toEqual([['10个贫困村全部退出了。', undefined]]);
    expect(lookup.suggestions('10个贫困村全部退出。').map((s) => s.entry.key)).toEqual(['10个贫困村全部退出了。']);
    expect(lookup.suggestions('全县上下主动作为。')).toEqual([]);
  });
});
