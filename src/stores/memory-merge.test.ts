import { describe, expect, it } from 'vitest';
import type { MemoryEntry } from '../model/memory-entry.js';
import type { UnitState } from '../model/unit.js';
import { decideImport, type ImportDecision, type ReplaceHuman } from './memory-merge.js';

const stored = (state: UnitState, target = 'All 179 poor villages were lifted out of poverty.'): MemoryEntry => ({
  key: '沁县179个贫困村全部退出。', source: '沁县179个贫困村全部退出。', target, state, origin: 'manual', reports: [], created: 'c', updated: 'u',
});
const SAME = 'All 179 poor villages were lifted out of poverty.';
const OTHER = 'Every one of the 179 poor villages left poverty.';

describe('decideImport', () => {
  it.each<[string, MemoryEntry | undefined, string, UnitState, ReplaceHuman, ImportDecision]>([
    ['a new segment', undefined, OTHER, 'translated', 'never', 'replace'],
    ['identical English, same state', stored('reviewed'), SAME, 'reviewed', 'never', 'keep'],
    ['identical English, lower state', stored('approved'), SAME, 'translated', 'always', 'keep'],
    ['identical English, higher state', stored('translated'), SAME, 'approved', 'never', 'raise-state'],
    ['a machine draft in the memory', stored('draft'), OTHER, 'draft', 'never', 'replace'],
    ['different translated English', stored('translated'), OTHER, 'translated', 'never', { conflict: 'different' }],
    ['different translated English, overwrite', stored('translated'), OTHER, 'translated', 'unless-approved', 'replace'],
    ['different reviewed English at a lower state, overwrite', stored('reviewed'), OTHER, 'translated', 'unless-approved', { conflict: 'lower' }],
    ['a machine draft over translated English, always', stored('translated'), OTHER, 'draft', 'always', { conflict: 'lower' }],
    ['different approved English', stored('approved'), OTHER, 'approved', 'never', { conflict: 'approved' }],
    ['different approved English, overwrite', stored('approved'), OTHER, 'approved', 'unless-approved', { conflict: 'approved' }],
    ['different approved English, always (an XLIFF unit edited over what it exported)', stored('approved'), OTHER, 'approved', 'always', 'replace'],
  ])('%s', (_case, current, target, state, replace, expected) => {
    expect(decideImport(current, { target, state }, replace)).toEqual(expected);
  });
});
