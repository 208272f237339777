import { describe, expect, it } from 'vitest';
import type { SegmentedDocument } from '../../model/document.js';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import type { TranslationUnit, UnitState } from '../../model/unit.js';
import { segmentKey } from '../../text/segment-key.js';
import { selectSegments } from './select-segments.js';

function doc(id: string, sources: string[]): SegmentedDocument {
  const units = sources.map((source, index): TranslationUnit => ({
    id: `${id}-${index}`, key: segmentKey(source), source, kind: 'sentence', state: 'empty', notes: [],
    location: { report: id, file: `corpus/${id}/zh.md`, line: 3, paragraph: 1, index },
  }));
  return {
    meta: { id, title: id, script: 'Hans', language: 'zh' },
    paragraphs: [{ index: 1, line: 3, block: { type: 'paragraph', text: sources.join(''), sourceLine: 1 }, units }],
  };
}

function memoryOf(entries: Array<[string, UnitState]>) {
  const map = new Map(entries.map(([key, state]): [string, MemoryEntry] => [key, { key, source: key, target: state === 'empty' ? '' : 'English', state, origin: 'manual', reports: [], created: '', updated: '' }]));
  return { get: (key: string) => map.get(key) };
}

const A = '黎城县坚持“精准扶贫、精准脱贫”基本方略。';
const B = '全县上下主动作为、奋力攻坚。';
const C = '10个贫困村全部退出。';
const D = '脱贫攻坚，是当前最大的政治任务。';
const TPA: GlossaryEntry = { zh: '精准扶贫', en: 'targeted poverty alleviation', kind: 'slogan', status: 'approved', forbidden: ['precise poverty alleviation'], variants: ['精準扶貧'] };

describe('selectSegments', () => {
  it('skips drafted and human entries, keeps empty ones, and sends a repeated sentence once', () => {
    const docs = [doc('licheng', [A, B, C, D]), doc('qinxian', [A, D])];
    const memory = memoryOf([[B, 'draft'], [C, 'translated'], [D, 'empty']]);
    const pending = selectSegments(docs, { memory });
    expect(pending.map((p) => [p.source, p.reports])).toEqual([[A, ['licheng', 'qinxian']], [D, ['licheng', 'qinxian']]]);
  });

  it('gives each segment its neighbours and glossary terms', () => {
    const [first] = selectSegments([doc('licheng', [A, B])], {
      memory: memoryOf([]),
      matchTerms: (text) => (text.includes('精准扶贫') ? [{ entry: TPA, start: 5, end: 9, surface: '精准扶贫' }] : []),
    });
    expect(first).toMatchObject({ context: { after: B }, terms: [{ zh: '精准扶贫', en: 'targeted poverty alleviation', forbidden: ['precise poverty alleviation'] }] });
    expect(first!.id).toMatch(/^[0-9a-f]{10}$/);
  });

  it.each([
    ['missing', [B, D]],
    ['fuzzy', [A, C]],
  ] as const)('--only %s', (only, expected) => {
    const fuzzy = new Set([A, C]);
    const pending = selectSegments([doc('licheng', [A, B, C, D])], { memory: memoryOf([]), only, hasFuzzyMatch: (key) => fuzzy.has(key) });
    expect(pending.map((p) => p.source)).toEqual(expected);
  });
});
