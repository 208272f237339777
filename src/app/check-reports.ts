import type { Diagnostic } from '../model/diagnostic.js';
import { createGlossaryMatcher } from '../stages/glossary-match/match-glossary.js';
import { runQaRules, type RuleSetting } from '../stages/qa/index.js';
import { collectPairs, type ReportPair } from './check/collect-pairs.js';
import { loadCheckConfig } from './check/load-check-config.js';
import { resolveReports } from './corpus.js';
import { openReportFiller } from './fill-from-memory.js';

/** One finding with the pair it is about. */
export interface CheckFinding extends Diagnostic {
  report: string;
  paragraph: number;
  source: string;
  target: string;
}

export interface CheckReportsOptions {
  /** Overrides on top of duizhao.yaml `check.rules`. */
  rules?: Record<string, RuleSetting>;
}

export interface CheckReportsResult {
  reports: string[];
  /** Translated segments checked. */
  checked: number;
  findings: CheckFinding[];
  errors: number;
  warnings: number;
}

/**
 * Runs the QA rules over every translated segment of the reports (targets from the memory,
 * exact matches only), with the project glossary. Consistency rules see all the reports at once.
 * Findings are sorted by report, paragraph and rule order.
 */
export async function checkReports(root: string, slugs: readonly string[] = [], options: CheckReportsOptions = {}): Promise<CheckReportsResult> {
  const config = await loadCheckConfig(root);
  const filler = await openReportFiller(root);
  const matcher = filler.matcher ?? createGlossaryMatcher({ entries: [] });
  const reports = await resolveReports(root, slugs);
  const pairs: ReportPair[] = [];
  for (const slug of reports) pairs.push(...collectPairs(await filler.fill(slug), matcher));
  const bySegment = new Map(pairs.map((p) => [`${p.report}\u0000${p.segmentId}`, p]));
  const diagnostics = runQaRules(pairs, { settings: { ...config.rules, ...options.rules }, context: { spelling: config.spelling } });
  const findings = diagnostics.map((d): CheckFinding => {
    const pair = bySegment.get(`${d.report}\u0000${d.segmentId}`);
    return { ...d, report: pair?.report ?? '', paragraph: pair?.paragraph ?? 0, source: pair?.source ?? '', target: pair?.target ?? '' };
  });
  findings.sort((a, b) => reports.indexOf(a.report) - reports.indexOf(b.report) || a.paragraph - b.paragraph || (a.line ?? 0) - (b.line ?? 0));
  return {
    reports,
    checked: pairs.length,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
