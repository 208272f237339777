import type { CheckFinding, CheckReportsResult } from '../check-reports.js';

export type FindingsFormat = 'text' | 'json' | 'markdown';
export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['text', 'json', 'markdown'];

/** The check result as text (grouped by report), a JSON array of findings, or a Markdown table. */
export function formatFindings(result: CheckReportsResult, format: FindingsFormat): string {
  if (format === 'json') return `${JSON.stringify(result.findings, null, 2)}\n`;
  if (format === 'markdown') return markdown(result);
  return text(result);
}

function summary(result: CheckReportsResult): string {
  return `${result.checked} translated segment(s) in ${result.reports.length} report(s): ${result.errors} error(s), ${result.warnings} warning(s).`;
}

function text(result: CheckReportsResult): string {
  const lines: string[] = [];
  for (const report of result.reports) {
    const findings = result.findings.filter((f) => f.report === report);
    if (findings.length === 0) continue;
    lines.push(report);
    for (const f of findings) {
      const where = `${f.file ?? ''}${f.line ? `:${f.line}` : ''} ¶${f.paragraph} [${f.segmentId ?? ''}]`;
      lines.push(`  ${where}  ${f.severity.padEnd(7)} ${f.ruleId}  ${f.reason}`);
      lines.push(`    zh: ${f.source}`);
      lines.push(`    en: ${f.target}`);
      if (f.expected !== undefined) lines.push(`    expected: ${f.expected}${f.actual !== undefined ? `   found: ${f.actual}` : ''}`);
      else if (f.actual !== undefined) lines.push(`    found: ${f.actual}`);
      if (f.hint) lines.push(`    hint: ${f.hint}`);
    }
    lines.push('');
  }
  lines.push(summary(result));
  return `${lines.join('\n')}\n`;
}

const cell = (value: string | number | undefined) => String(value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(result: CheckReportsResult): string {
  const head = '| Report | ¶ | Segment | Rule | Severity | Chinese | English | Expected | Reason |\n|---|---|---|---|---|---|---|---|---|';
  const rows = result.findings.map((f: CheckFinding) =>
    `| ${[f.report, f.paragraph, `\`${f.segmentId ?? ''}\``, `\`${f.ruleId}\``, f.severity, f.source, f.target, f.expected ?? f.hint, f.reason].map(cell).join(' | ')} |`,
  );
  return `# Quality check\n\n${summary(result)}\n\n${rows.length ? `${head}\n${rows.join('\n')}\n` : 'No findings.\n'}`;
}
