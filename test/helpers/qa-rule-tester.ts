import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { GlossaryEntry, GlossaryMatch } from '../../src/model/glossary-entry.js';
import { DEFAULT_QA_CONTEXT, type CheckedPair, type QaContext, type QaRule } from '../../src/stages/qa/qa-rule.js';

/** A pair as a test writes it: source and target, glossary entries to match by hand, optional context. */
export interface PairInput extends Partial<Omit<CheckedPair, 'matches'>> {
  source: string;
  target: string;
  /** Entries to look for in the source (zh and variants, plain substring search). */
  entries?: readonly GlossaryEntry[];
  matches?: readonly GlossaryMatch[];
}

/** One case: a single pair, or several for corpus rules. */
export type RuleCase = (PairInput | { pairs: readonly PairInput[] }) & { name?: string; context?: Partial<QaContext> };
export type InvalidCase = RuleCase & { count: number; ruleId?: string; expected?: string };

export interface RuleTests {
  valid: readonly RuleCase[];
  invalid: readonly InvalidCase[];
}

/** GlossaryMatch values for every occurrence of each entry's zh or variants in `source`. */
export function matchEntries(source: string, entries: readonly GlossaryEntry[]): GlossaryMatch[] {
  const matches: GlossaryMatch[] = [];
  for (const entry of entries) {
    for (const form of [entry.zh, ...(entry.variants ?? [])]) {
      for (let i = source.indexOf(form); i !== -1; i = source.indexOf(form, i + 1)) {
        matches.push({ entry, start: i, end: i + form.length, surface: form });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

export function toPair(input: PairInput, index = 0): CheckedPair {
  const { entries, matches, ...rest } = input;
  return { segmentId: `seg-${index + 1}`, ...rest, matches: matches ?? matchEntries(input.source, entries ?? []) };
}

/** Runs `rule` on a case, as runQaRules would. */
export function runRuleOn(rule: QaRule, test: RuleCase): Diagnostic[] {
  const pairs = 'pairs' in test ? test.pairs.map(toPair) : [toPair(test)];
  const context: QaContext = { ...DEFAULT_QA_CONTEXT, ...test.context };
  return rule.scope === 'segment' ? pairs.flatMap((p) => rule.check(p, context)) : rule.check(pairs, context);
}

function title(test: RuleCase, i: number): string {
  if (test.name) return test.name;
  const first = 'pairs' in test ? test.pairs[0] : test;
  return `#${i + 1} ${first?.target.slice(0, 60) ?? ''}`;
}

/**
 * Declares a vitest suite for a rule, as ESLint's RuleTester does: every valid case yields no
 * finding; every invalid case yields exactly `count` findings, all with the rule's id (or
 * `ruleId`) and, when given, the `expected` value of the first.
 */
export function testRule(rule: QaRule, tests: RuleTests): void {
  describe(rule.id, () => {
    it.each(tests.valid.map((t, i) => [title(t, i), t] as const))('valid: %s', (_name, test) => {
      expect(runRuleOn(rule, test)).toEqual([]);
    });
    it.each(tests.invalid.map((t, i) => [title(t, i), t] as const))('invalid: %s', (_name, test) => {
      const found = runRuleOn(rule, test);
      expect(found.map((d) => d.ruleId)).toEqual(Array(test.count).fill(test.ruleId ?? rule.id));
      expect(found.every((d) => d.severity === rule.severity && d.reason.length > 0)).toBe(true);
      if (test.expected !== undefined) expect(found[0]?.expected).toBe(test.expected);
    });
  });
}
