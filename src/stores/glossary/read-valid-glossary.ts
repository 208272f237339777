import { ConfigError } from '../../errors.js';
import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { checkGlossaryEntries } from './check-glossary-entries.js';
import { entryItemText } from './entry-node.js';
import { assertGlossaryValid, inspectGlossary, type InspectGlossaryResult } from './inspect-glossary.js';
import { parseGlossaryFile } from './parse-glossary-file.js';

/** The glossary as located entries, or a ConfigError when it has errors (nothing is written to a broken glossary). */
export async function readValidGlossary(root: string): Promise<InspectGlossaryResult> {
  const inspected = await inspectGlossary(root);
  assertGlossaryValid(inspected.diagnostics);
  return inspected;
}

/**
 * Problems an entry would bring into the glossary: schema errors, a zh or variant another entry
 * already has, a forbidden rendering that is also a rendering. `replacing` is the entry it updates.
 */
export function newEntryProblems(entry: GlossaryEntry, glossary: InspectGlossaryResult, replacing?: GlossaryEntry): string[] {
  const parsed = parseGlossaryFile(entryItemText(entry), '(new)');
  const schema = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (schema.length > 0) return schema.map((d) => `${d.reason} ${d.hint ?? ''}`.trim());
  const others = glossary.entries.filter((e) => e.entry !== replacing);
  return checkGlossaryEntries([...others, ...parsed.entries])
    .filter((d) => d.file === '(new)' && d.severity === 'error')
    .map((d) => `${d.reason} ${d.hint ?? ''}`.trim());
}

/** Throws a ConfigError (exit 2) naming every problem of `entry`. */
export function validateNewEntry(entry: GlossaryEntry, glossary: InspectGlossaryResult, replacing?: GlossaryEntry): void {
  const problems = newEntryProblems(entry, glossary, replacing);
  if (problems.length === 0) return;
  const duplicate = problems.some((p) => p.includes('already defined'));
  throw new ConfigError(duplicate ? 'glossary/duplicate-term' : 'glossary/invalid-entry', `Cannot write entry "${entry.zh}" to the glossary.`, {
    details: problems,
    hint: duplicate ? 'Edit the existing entry instead (see duizhao glossary show).' : 'See glossary/schema.json for the entry format.',
  });
}
