import type { Diagnostic } from '../model/diagnostic.js';

/** The kinds of uncertain decision ingest makes, in the order the summary lists them. */
export const LOOK_CATEGORIES = ['title choice', 'furniture dropped', 'caption or paragraph', 'join across a break', 'mojibake', 'other'] as const;
export type LookCategory = (typeof LOOK_CATEGORIES)[number];

const RULES: ReadonlyArray<[RegExp, LookCategory]> = [
  [/^ingest\/title-/u, 'title choice'],
  [/^ingest\/furniture/u, 'furniture dropped'],
  [/^ingest\/(?:caption|split-line)/u, 'caption or paragraph'],
  [/broken-paragraph|page-break|truncated-paragraph|lone-number/u, 'join across a break'],
  [/mojibake/u, 'mojibake'],
];

export function lookCategoryOf(ruleId: string): LookCategory {
  return RULES.find(([pattern]) => pattern.test(ruleId))?.[1] ?? 'other';
}

export interface LookGroup {
  category: LookCategory;
  diagnostics: Diagnostic[];
}

/**
 * The "need a look" summary of an ingest: every warning or error (an uncertain decision or a
 * problem left), grouped by kind of decision, each with its file:line. Info-level repairs are
 * certain and are only in repairs.txt.
 */
export function needALook(diagnostics: readonly Diagnostic[]): LookGroup[] {
  const groups = new Map<LookCategory, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const category = lookCategoryOf(d.ruleId);
    const group = groups.get(category) ?? [];
    group.push(d);
    groups.set(category, group);
  }
  return LOOK_CATEGORIES.filter((c) => groups.has(c)).map((category) => ({ category, diagnostics: groups.get(category)! }));
}
