import type { Diagnostic } from '../../model/diagnostic.js';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { createGlossaryMatcher } from '../../stages/glossary-match/match-glossary.js';
import { inspectGlossary } from '../../stores/glossary-yaml.js';
import type { LocatedEntry } from '../../stores/glossary-yaml.js';
import type { CorpusSegment } from './corpus-segments.js';

export interface LintGlossaryResult {
  entries: number;
  files: string[];
  /** Corpus segments searched for usage (0 when the corpus has none). */
  segments: number;
  diagnostics: Diagnostic[];
}

/**
 * Everything the loader checks (errors and warnings, every file), plus content warnings:
 * approved without a source, proposed without a note, entries never found in the corpus,
 * deprecated entries that the corpus still uses.
 */
export async function lintGlossary(root: string, segments: readonly CorpusSegment[]): Promise<LintGlossaryResult> {
  const inspected = await inspectGlossary(root);
  const diagnostics = [...inspected.diagnostics, ...inspected.entries.flatMap(contentWarnings)];
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (!hasErrors && segments.length > 0) diagnostics.push(...usageWarnings(inspected.entries, segments));
  return { entries: inspected.entries.length, files: inspected.files, segments: segments.length, diagnostics: sortDiagnostics(diagnostics) };
}

function warning(located: LocatedEntry, ruleId: string, reason: string, hint: string): Diagnostic {
  return { ruleId, severity: 'warning', file: located.file, ...located.at, reason, hint };
}

function contentWarnings(located: LocatedEntry): Diagnostic[] {
  const { entry } = located;
  const out: Diagnostic[] = [];
  if (entry.status === 'approved' && !entry.source) {
    out.push(warning(located, 'glossary/approved-without-source', `entry "${entry.zh}" is approved but has no source.`, 'Add the source that uses this rendering, or set status: proposed.'));
  }
  if (entry.status === 'proposed' && !entry.note) {
    out.push(warning(located, 'glossary/proposed-without-note', `entry "${entry.zh}" is proposed without a note.`, 'Add a note saying why this rendering (no official one found?).'));
  }
  return out;
}

function usageWarnings(entries: readonly LocatedEntry[], segments: readonly CorpusSegment[]): Diagnostic[] {
  const all = { entries: entries.map((e) => e.entry) };
  const matcher = createGlossaryMatcher(all, { includeDeprecated: true });
  // An entry found only inside a longer one (总书记 in 习近平总书记) is still used.
  const anywhere = createGlossaryMatcher(all, { includeDeprecated: true, overlapping: true });
  const used = new Set<GlossaryEntry>();
  const out: Diagnostic[] = [];
  for (const segment of segments) {
    for (const m of anywhere.match(segment.source)) used.add(m.entry);
    for (const m of matcher.match(segment.source)) {
      if (m.entry.status !== 'deprecated') continue;
      out.push({ ruleId: 'glossary/deprecated-in-corpus', severity: 'warning', file: segment.location.file, line: segment.location.line, segmentId: segment.id,
        reason: `the deprecated entry "${m.entry.zh}" occurs as "${m.surface}".`, hint: 'Check the English of this segment, or make the entry proposed again.' });
    }
  }
  for (const located of entries) {
    if (used.has(located.entry)) continue;
    out.push(warning(located, 'glossary/unused', `entry "${located.entry.zh}" is not found in any of the ${segments.length} corpus segments.`, 'Keep it if later reports need it; otherwise remove it.'));
  }
  return out;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 };
  return list.sort((a, b) => rank[a.severity] - rank[b.severity] || (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
