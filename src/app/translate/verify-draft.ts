import type { SegmentRequest } from '../../backends/types.js';
import type { GlossaryMatch } from '../../model/glossary-entry.js';
import { QA_RULES, runQaRules, type CheckedPair, type RuleSetting } from '../../stages/qa/index.js';

export interface DraftVerifierOptions {
  /** The project's glossary matcher: the terms `check` will look for in this segment. */
  match?: (text: string) => GlossaryMatch[];
  /** `check.rules` from duizhao.yaml: a rule set to `off` does not flag drafts either. */
  settings?: Readonly<Record<string, RuleSetting>>;
}

/** Rules that judge one segment on its own (consistency needs the whole corpus, and runs in `check`). */
const DRAFT_RULES = QA_RULES.filter((rule) => rule.scope === 'segment');

/**
 * Verifies a machine draft with the very rules `duizhao check` runs, on the same checked pair, so
 * a draft that passes verification passes `check` and one `check` would fail is flagged (and sent
 * back with the findings as feedback). Returns `<rule-id>: <reason>` for each error.
 */
export function createDraftVerifier(options: DraftVerifierOptions = {}): (request: SegmentRequest, target: string) => string[] {
  return (request, target) => {
    const pair: CheckedPair = { segmentId: request.id, source: request.source, target, key: request.key, matches: options.match?.(request.source) ?? [] };
    const found = runQaRules([pair], { rules: DRAFT_RULES, ...(options.settings ? { settings: options.settings } : {}) });
    return found.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.reason.replace(/\.$/u, '')}${d.expected ? `; expected "${d.expected}"` : ''}`);
  };
}
