import { describe, expect, it } from 'vitest';
import type { SegmentRequest } from '../../backends/types.js';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { createGlossaryMatcher } from '../../stages/glossary-match/match-glossary.js';
import { runQaRules } from '../../stages/qa/index.js';
import { createDraftVerifier } from './verify-draft.js';

const GLOSSARY: GlossaryEntry[] = [
  { zh: '全县', en: 'county-wide', accepted: ['whole county'], kind: 'general', status: 'proposed' },
  { zh: '扶贫', en: 'poverty alleviation', forbidden: ['poverty relief'], kind: 'policy', status: 'proposed' },
  { zh: '精准扶贫', en: 'targeted poverty alleviation', forbidden: ['precise poverty alleviation'], kind: 'policy', status: 'proposed' },
];
const matcher = createGlossaryMatcher({ entries: GLOSSARY });
const verify = createDraftVerifier({ match: (text) => matcher.match(text) });
const request = (source: string): SegmentRequest => ({ id: 's1', source, key: source, context: {}, terms: [] });

/** What `duizhao check` reports as errors for the same pair. */
function checkErrors(source: string, target: string): string[] {
  const pair = { segmentId: 's1', source, target, key: source, matches: matcher.match(source) };
  return runQaRules([pair]).filter((d) => d.severity === 'error').map((d) => d.ruleId);
}

describe('createDraftVerifier: a draft is judged by the rules duizhao check runs', () => {
  it.each([
    ['hyphen spelled solid', '全县开展扶贫工作。', 'Countywide poverty alleviation work was carried out.', ['term/missing']],
    ['hyphen spelled as a space', '全县开展扶贫工作。', 'County wide poverty alleviation work was carried out.', []],
    ['a forbidden rendering with a hyphen', '全县开展扶贫工作。', 'County-wide poverty-relief work was carried out.', ['term/missing', 'term/forbidden']],
    ['a forbidden form inside the allowed longer one is fine', '坚持精准扶贫。', 'It adhered to targeted poverty alleviation.', []],
    ['a figure changed', '全县脱贫3601户。', 'In the whole county 3,602 households were lifted out of poverty.', ['number/mismatch']],
    ['Chinese left in the English', '全县开展扶贫工作。', 'County-wide 扶贫 work was carried out.', ['text/untranslated', 'term/missing']],
    ['a clean draft', '全县开展扶贫工作。', 'County-wide poverty alleviation work was carried out.', []],
  ])('%s', (_name, source, target, expected) => {
    const flags = verify(request(source), target);
    const ids = flags.map((f) => f.slice(0, f.indexOf(':')));
    expect([...ids].sort()).toEqual([...expected].sort());
    expect([...ids].sort()).toEqual([...checkErrors(source, target)].sort());
  });

  it('says what is wrong and what was expected, for the back-end\'s next attempt', () => {
    expect(verify(request('坚持精准扶贫。'), 'It adhered to precise poverty alleviation.')).toEqual([
      'term/missing: "精准扶贫" is not rendered as the glossary says; expected "targeted poverty alleviation"',
      expect.stringMatching(/^term\/forbidden: /u),
    ]);
  });

  it('leaves a rule set to off in duizhao.yaml out of verification too', () => {
    const relaxed = createDraftVerifier({ match: (text) => matcher.match(text), settings: { 'number/mismatch': 'off' } });
    expect(relaxed(request('全县脱贫3601户。'), 'In the whole county 3,602 households were lifted out of poverty.')).toEqual([]);
  });
});
