import type { Diagnostic } from '../../model/diagnostic.js';

/** Counts per rule, most frequent first: `  415  ingest/pinyin-annotation`. */
export function summariseByRule(diagnostics: readonly Diagnostic[]): string[] {
  const counts = new Map<string, { n: number; severity: string }>();
  for (const d of diagnostics) {
    const entry = counts.get(d.ruleId) ?? { n: 0, severity: d.severity };
    entry.n += 1;
    counts.set(d.ruleId, entry);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .map(([rule, { n, severity }]) => `  ${String(n).padStart(5)}  ${rule}${severity === 'info' ? '' : ` (${severity})`}`);
}
