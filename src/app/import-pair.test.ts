import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_STATES, type UnitState } from '../model/unit.js';
import type { ImportedPair, PairFields } from '../stores/memory-import-file.js';
import { serialiseEntry } from '../stores/memory-entry-line.js';
import { TranslationMemory } from '../stores/memory-jsonl.js';
import { decideImport } from '../stores/memory-merge.js';
import { segmentKey } from '../text/segment-key.js';
import { importPair, type ImportPairOptions, type PairOutcome } from './import-pair.js';

/**
 * importPair as it was before new entries were built in their final shape: every pair through
 * decideImport and upsert (mergeEntry). Only the parts a pair for a key the memory lacks reaches.
 */
function plainImportPair(memory: TranslationMemory, pair: ImportedPair, options: ImportPairOptions): PairOutcome | 'other' {
  const fields = pair.entry ?? {};
  const state = fields.state ?? options.state;
  const origin = fields.origin ?? options.origin;
  if (!pair.zh.trim() || (!pair.en.trim() && state !== 'empty')) return { skipped: `${pair.at}: empty Chinese or English.` };
  const key = segmentKey(pair.zh);
  const current = memory.get(key);
  if (current || decideImport(current, { target: pair.en, state }, 'never') !== 'replace') return 'other';
  const reports = options.report ? [...(fields.reports ?? []), options.report] : (fields.reports ?? []);
  const incoming: Parameters<TranslationMemory['upsert']>[0] = { key, source: pair.zh, target: pair.en, state, origin, reports };
  if (fields.created) incoming.created = fields.created;
  if (fields.updated) incoming.updated = fields.updated;
  if (pair.note) incoming.note = pair.note;
  if (fields.flags?.length) incoming.flags = fields.flags;
  if (fields.footnote) incoming.footnote = fields.footnote;
  const outcome = memory.upsert(incoming);
  return outcome === 'refused' ? 'other' : outcome;
}

const text = fc.constantFrom('', ' ', '甲', '乙。', '甲 乙', '「甲」', 'Ａ１', '沁县', 'x');
const fields: fc.Arbitrary<PairFields> = fc.record({
  state: fc.constantFrom(...UNIT_STATES),
  origin: fc.constantFrom('import', 'manual'),
  reports: fc.array(fc.constantFrom('r1', 'r2', 'r3'), { maxLength: 3 }),
  created: fc.constantFrom('2020-01-01T00:00:00.000Z', ''),
  updated: fc.constantFrom('2021-01-01T00:00:00.000Z'),
  flags: fc.array(fc.constantFrom('term/missing: 甲', 'f'), { maxLength: 2 }),
  footnote: fc.constantFrom('A note for readers.', ''),
}, { requiredKeys: [] });
const pair: fc.Arbitrary<ImportedPair> = fc.record({
  zh: text, en: text, note: fc.option(fc.constantFrom('', 'check'), { nil: undefined }), at: fc.constant('f.jsonl:1'), entry: fc.option(fields, { nil: undefined }),
}, { requiredKeys: ['zh', 'en', 'at'] });
const state = fc.constantFrom<UnitState>('draft', 'translated', 'reviewed', 'approved');

describe('importPair: a pair for a key the memory lacks', () => {
  it('adds the entry mergeEntry would add (same fields, same line), with the same outcome', () => {
    fc.assert(fc.property(fc.array(pair, { maxLength: 6 }), state, fc.option(fc.constantFrom('r2', 'r9'), { nil: undefined }), (pairs, defaultState, report) => {
      const now = (): string => '2026-12-01T00:00:00.000Z';
      const [fast, plain] = [new TranslationMemory('/x', [], now), new TranslationMemory('/x', [], now)];
      const options: ImportPairOptions = { state: defaultState, origin: 'import', report };
      for (const p of pairs) {
        const expected = plainImportPair(plain, p, options);
        if (expected === 'other') return; // the key is in the memory now: the unchanged path, not this one
        expect(importPair(fast, p, options)).toEqual(expected);
      }
      expect(fast.entries()).toEqual(plain.entries());
      expect(fast.entries().map(serialiseEntry)).toEqual(plain.entries().map(serialiseEntry));
      expect(fast.dirty).toBe(plain.dirty);
    }), { numRuns: 2000 });
  });

  it('keeps one string for key and source when the Chinese is its own key', () => {
    const memory = new TranslationMemory('/x');
    const zh = ['沁', '县。'].join('');
    importPair(memory, { zh, en: 'Qin County.', at: 'f:1' }, { state: 'translated', origin: 'import' });
    const entry = memory.get('沁县。')!;
    expect(entry.key).toBe(zh);
    expect(entry.source).toBe(zh);
    expect(entry).toEqual({ key: '沁县。', source: '沁县。', target: 'Qin County.', state: 'translated', origin: 'import', reports: [], created: entry.created, updated: entry.created });
  });
});
