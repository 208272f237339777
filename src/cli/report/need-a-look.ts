import { formatDiagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { needALook } from '../../app/need-a-look.js';

/**
 * `need a look: 3 (title choice 1, furniture dropped 2)` and, under it, every uncertain decision
 * with its file:line, grouped by kind; with `all`, the certain repairs follow.
 */
export function formatNeedALook(diagnostics: readonly Diagnostic[], all: boolean): string[] {
  const groups = needALook(diagnostics);
  const total = groups.reduce((n, g) => n + g.diagnostics.length, 0);
  const lines: string[] = [];
  if (total > 0) {
    lines.push(`  need a look: ${total} (${groups.map((g) => `${g.category} ${g.diagnostics.length}`).join(', ')})`);
    for (const group of groups) {
      lines.push(`    ${group.category}:`);
      for (const d of group.diagnostics) lines.push(`      ${formatDiagnostic(d)}`);
    }
  }
  if (all) {
    const certain = diagnostics.filter((d) => d.severity === 'info');
    if (certain.length > 0) lines.push(`  repairs: ${certain.length}`, ...certain.map((d) => `    ${formatDiagnostic(d)}`));
  }
  return lines;
}
