import { describe, expect, it } from 'vitest';
import { finding, type CheckedPair } from './qa-rule.js';

const PAIR: CheckedPair = {
  segmentId: '6b494f5b29', source: '辖5镇4乡227个村。', target: 'It has 5 towns and 227 villages.', report: 'licheng',
  file: 'corpus/licheng/zh.md', line: 7, matches: [],
};

describe('finding', () => {
  it('carries the report slug, file, line and segment of its pair', () => {
    const d = finding({ id: 'number/mismatch', severity: 'error' }, PAIR, { reason: 'the 4 of 4乡 is missing', expected: '4' });
    expect(d).toEqual({
      ruleId: 'number/mismatch', severity: 'error', report: 'licheng', file: 'corpus/licheng/zh.md', line: 7, segmentId: '6b494f5b29',
      reason: 'the 4 of 4乡 is missing', expected: '4',
    });
  });

  it('leaves report out for a pair outside any report (a machine draft)', () => {
    const { report: _report, file: _file, line: _line, ...draft } = PAIR;
    expect(finding({ id: 'text/empty', severity: 'error' }, draft, { reason: 'empty' })).toEqual({ ruleId: 'text/empty', severity: 'error', segmentId: '6b494f5b29', reason: 'empty' });
  });
});
