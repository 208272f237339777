import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/diagnostic.js';
import { findRendering } from './find-rendering.js';
import { CORRECT_PAIRS } from './fixtures/correct-pairs.js';
import { PROJECT_ENTRIES } from './fixtures/project-glossary.js';
import type { CheckedPair } from './qa-rule.js';
import { toPair } from '../../../test/helpers/qa-rule-tester.js';
import { runQaRules } from './run-qa-rules.js';

const pairs: CheckedPair[] = CORRECT_PAIRS.map((p, i) => toPair({ ...p, entries: PROJECT_ENTRIES }, i));
const ids = (found: readonly Diagnostic[]) => [...new Set(found.map((d) => d.ruleId))];

type Mutation = (pair: CheckedPair) => string | undefined;

const splice = (text: string, [start, end]: readonly [number, number], insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Each kind of error a reviewer should not miss, and the rule that must catch it. */
const MUTATIONS: ReadonlyArray<readonly [string, string, Mutation]> = [
  ['drop a term (every occurrence of its rendering)', 'term/missing', (p) => {
    const m = p.matches.find((x) => findRendering(p.target, x.entry));
    const spans = (m && findRendering(p.target, m.entry)?.spans) ?? [];
    return spans.length === 0 ? undefined : spans.reduceRight((text, span) => splice(text, span, 'it'), p.target);
  }],
  ['change a figure', 'number/mismatch', (p) => {
    const i = p.target.search(/\d/);
    return i < 0 ? undefined : p.target.slice(0, i) + String((Number(p.target[i]) + 1) % 10) + p.target.slice(i + 1);
  }],
  ['leave a clause in Chinese', 'text/untranslated', (p) => {
    const clause = p.source.split(/[，；]/).filter((c) => c.trim()).pop() ?? p.source;
    const cut = p.target.lastIndexOf(',');
    return `${cut > 0 ? p.target.slice(0, cut) : p.target}, ${clause}`;
  }],
  ['swap in a forbidden rendering', 'term/forbidden', (p) => {
    const m = p.matches.find((x) => x.entry.forbidden?.length && findRendering(p.target, x.entry));
    const span = m && findRendering(p.target, m.entry)?.spans[0];
    return span && m?.entry.forbidden?.[0] && splice(p.target, span, m.entry.forbidden[0]);
  }],
  ['unbalance a quote', 'punctuation/brackets', (p) => {
    const last = p.target.lastIndexOf('"');
    return last >= 0 ? p.target.slice(0, last) + p.target.slice(last + 1) : `“${p.target}`;
  }],
  ['romanise a name wrongly', 'name/romanisation', (p) => {
    const m = p.matches.find((x) => x.entry.kind === 'person' && p.target.includes(x.entry.en));
    if (!m) return undefined;
    const [family = '', given = ''] = m.entry.en.split(' ');
    return p.target.replace(m.entry.en, `${given} ${family}`);
  }],
];

describe('mutation test: the checks catch injected errors in correct translations', () => {
  it('finds nothing in the unmutated pairs (all rules, consistency across them too)', () => {
    expect(runQaRules(pairs)).toEqual([]);
  });

  it.each(MUTATIONS.map(([name, rule, mutate]) => [name, rule, mutate] as const))('%s → %s', (_name, rule, mutate) => {
    let applied = 0;
    const missed: string[] = [];
    for (const pair of pairs) {
      const target = mutate(pair);
      if (target === undefined || target === pair.target) continue;
      applied++;
      const found = runQaRules([{ ...pair, target }]);
      if (!ids(found).includes(rule)) missed.push(`${pair.segmentId}: ${target} → ${ids(found).join(', ') || 'nothing'}`);
    }
    expect(missed).toEqual([]);
    expect(applied).toBeGreaterThanOrEqual(rule === 'name/romanisation' ? 4 : 10);
  });
});
