import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { createGlossaryMatcher } from '../glossary-match/match-glossary.js';
import { createMatchAdapter } from './adapt-match.js';

const entry = (source: string, target: string): MemoryEntry => ({ key: source, source, target, state: 'translated', origin: 'manual', reports: [], created: '', updated: '' });
const terms: GlossaryEntry[] = [
  { zh: '产业扶贫', en: 'industry-based poverty alleviation', kind: 'policy', status: 'proposed' },
  { zh: '教育扶贫', en: 'poverty alleviation through education', kind: 'policy', status: 'proposed' },
];

describe('createMatchAdapter', () => {
  const adapt = createMatchAdapter((text) => createGlossaryMatcher({ entries: terms }).match(text));

  it.each([
    ['179个贫困村全部退出。', '180个贫困村全部退出。', 'All 179 poor villages have exited poverty.', 'All 180 poor villages have exited poverty.'],
    ['落实扶贫贷款3.3亿元。', '落实扶贫贷款4.5亿元。', 'Poverty alleviation loans of 330 million yuan were arranged.', 'Poverty alleviation loans of 450 million yuan were arranged.'],
    ['贫困发生率降至0.97%。', '贫困发生率降至1.2%。', 'The poverty headcount ratio fell to 0.97 percent.', 'The poverty headcount ratio fell to 1.2 percent.'],
  ])('adapts figures: %s → %s', (oldZh, newZh, oldEn, newEn) => {
    const result = adapt(newZh, entry(oldZh, oldEn));
    expect(result.target).toBe(newEn);
    expect(result.adaptations).toHaveLength(1);
  });

  it('swaps a glossary term that changed', () => {
    const result = adapt('在教育扶贫上下大功夫', entry('在产业扶贫上下大功夫', 'Making great efforts in industry-based poverty alleviation'));
    expect(result.target).toBe('Making great efforts in poverty alleviation through education');
    expect(result.adaptations).toEqual(['term: 产业扶贫 → 教育扶贫 (poverty alleviation through education)']);
  });

  it('leaves the English alone when nothing mechanical changed', () => {
    expect(adapt('沁县坚持标准。', entry('沁县坚持原则。', 'Qin County kept to its principles.'))).toEqual({ target: 'Qin County kept to its principles.', adaptations: [] });
  });
});
