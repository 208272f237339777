import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { DEFAULT_QA_CONTEXT, type CheckedPair, type QaContext, type QaRule } from './qa-rule.js';
import { QA_RULES } from './qa-rules.js';

/** Per-rule severity from duizhao.yaml `check.rules`, or `off`. */
export type RuleSetting = Exclude<Severity, 'info'> | 'off';

export interface RunQaRulesOptions {
  rules?: readonly QaRule[];
  settings?: Readonly<Record<string, RuleSetting>>;
  /** Project settings the rules read (house spelling); defaults when absent. */
  context?: Partial<QaContext>;
}

/**
 * Runs the rules over the pairs: segment rules on each pair, corpus rules once over all of them.
 * A rule set to `off` does not run; a severity setting replaces the rule's default.
 */
export function runQaRules(pairs: readonly CheckedPair[], options: RunQaRulesOptions = {}): Diagnostic[] {
  const settings = options.settings ?? {};
  const context: QaContext = { ...DEFAULT_QA_CONTEXT, ...options.context };
  const out: Diagnostic[] = [];
  for (const rule of options.rules ?? QA_RULES) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    const found = rule.scope === 'segment' ? pairs.flatMap((p) => rule.check(p, context)) : rule.check(pairs, context);
    out.push(...(setting ? found.map((d) => ({ ...d, severity: setting })) : found));
  }
  return out;
}
