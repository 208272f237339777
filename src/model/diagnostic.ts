/** A problem found in the text (not in the program): attached to a document, never thrown. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Kebab-case rule token, e.g. `ingest/pinyin-annotation`, `qa/number-mismatch`. */
  ruleId: string;
  severity: Severity;
  /** Slug of the report the problem is in (findings about a report's segments). */
  report?: string;
  /** Project-relative path of the file the problem is in. */
  file?: string;
  line?: number;
  column?: number;
  segmentId?: string;
  /** Where `file:line` came from in the user's own file, when that is another file (source.html:212, source.pdf p. 3). */
  origin?: string;
  reason: string;
  expected?: string;
  actual?: string;
  hint?: string;
}

/** `file:line:column` (or as much of it as is known). */
export function formatLocation(d: Pick<Diagnostic, 'file' | 'line' | 'column' | 'segmentId' | 'origin'>): string {
  let where = d.file ?? '';
  if (d.line !== undefined) where += `:${d.line}`;
  if (d.line !== undefined && d.column !== undefined) where += `:${d.column}`;
  if (d.origin) where += ` (${d.origin})`;
  if (d.segmentId) where += where ? ` [${d.segmentId}]` : `[${d.segmentId}]`;
  return where;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d);
  let text = `${where ? `${where}: ` : ''}${d.severity} ${d.ruleId}: ${d.reason}`;
  if (d.actual !== undefined && d.expected !== undefined) text += ` (${d.actual} → ${d.expected})`;
  else if (d.expected !== undefined) text += ` (expected ${d.expected})`;
  if (d.hint) text += ` ${d.hint}`;
  return text;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
