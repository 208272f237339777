import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { GlossaryMatch } from '../../model/glossary-entry.js';
import type { SegmentKind } from '../../model/unit.js';
import { DEFAULT_HOUSE_SPELLING, type HouseSpelling } from './spelling-variants.js';

/** One translated segment as the checks see it: the Chinese, the English, and where it is. */
export interface CheckedPair {
  segmentId: string;
  /** Chinese as in the report (original script). */
  source: string;
  /** English target. */
  target: string;
  /** Memory key (segmentKey of the source); defaults to the source. */
  key?: string;
  report?: string;
  /** Project-relative file and 1-based line of the segment, for diagnostics. */
  file?: string;
  line?: number;
  paragraph?: number;
  kind?: SegmentKind;
  /** Glossary entries found in the source (from the glossary matcher, or made by hand in tests). */
  matches: readonly GlossaryMatch[];
  /**
   * zh of every glossary entry mentioned in earlier segments of the same edition, in reading
   * order; only term/first-mention reads it. Undefined means "unknown": that rule stays quiet.
   */
  mentionedBefore?: ReadonlySet<string>;
}

export type RuleCategory = 'term' | 'number' | 'text' | 'consistency' | 'punctuation' | 'name' | 'style';

/** Project settings a rule may read (from duizhao.yaml `style:`); every field has a default. */
export interface QaContext {
  /** `style.spelling`: the house spelling, en-US by default. */
  spelling: HouseSpelling;
}

export const DEFAULT_QA_CONTEXT: QaContext = { spelling: DEFAULT_HOUSE_SPELLING };

interface RuleBase {
  /** Kebab-case `category/name`, the same token in config, output and docs. */
  id: string;
  category: RuleCategory;
  severity: Exclude<Severity, 'info'>;
  description: string;
}

/** A rule over one pair at a time. */
export interface SegmentRule extends RuleBase {
  scope: 'segment';
  check(pair: CheckedPair, context: QaContext): Diagnostic[];
}

/** A rule over all pairs together (consistency across reports). */
export interface CorpusRule extends RuleBase {
  scope: 'corpus';
  check(pairs: readonly CheckedPair[], context: QaContext): Diagnostic[];
}

export type QaRule = SegmentRule | CorpusRule;

export interface FindingDetails {
  reason: string;
  expected?: string;
  actual?: string;
  hint?: string;
}

/** A diagnostic of `rule` on `pair`, located at the pair's file, line and segment. */
export function finding(rule: Pick<RuleBase, 'id' | 'severity'>, pair: CheckedPair, details: FindingDetails): Diagnostic {
  const d: Diagnostic = { ruleId: rule.id, severity: rule.severity, segmentId: pair.segmentId, reason: details.reason };
  if (pair.report !== undefined) d.report = pair.report;
  if (pair.file !== undefined) d.file = pair.file;
  if (pair.line !== undefined) d.line = pair.line;
  if (details.expected !== undefined) d.expected = details.expected;
  if (details.actual !== undefined) d.actual = details.actual;
  if (details.hint !== undefined) d.hint = details.hint;
  return d;
}

/** Each entry once, in order of first match. */
export function uniqueEntries(matches: readonly GlossaryMatch[]): GlossaryMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.entry.zh) && Boolean(seen.add(m.entry.zh)));
}
