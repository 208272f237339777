import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, type InputError } from '../../errors.js';
import { formatLocation, type Diagnostic } from '../../model/diagnostic.js';
import { GLOSSARY_FILES } from '../../model/glossary-entry.js';
import { decodeUserText } from '../read-user-file.js';
import { checkGlossaryEntries } from './check-glossary-entries.js';
import { parseGlossaryFile, type LocatedEntry } from './parse-glossary-file.js';

export interface InspectGlossaryResult {
  /** Project-relative paths of the files read, sorted. */
  files: string[];
  /** Entries of the files that are valid on their own (a broken file contributes none). */
  entries: LocatedEntry[];
  /** Every problem: errors and warnings, in file order. */
  diagnostics: Diagnostic[];
}

/** Reads and checks every glossary/*.yaml without throwing on their content (for lint). */
export async function inspectGlossary(root: string): Promise<InspectGlossaryResult> {
  const dir = join(root, 'glossary');
  if (!existsSync(dir)) return { files: [], entries: [], diagnostics: [] };
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const known = new Set(Object.values(GLOSSARY_FILES));
  const result: InspectGlossaryResult = { files: [], entries: [], diagnostics: [] };
  for (const name of names) {
    const file = `glossary/${name}`;
    result.files.push(file);
    let text: string;
    try {
      text = decodeUserText(await readFile(join(dir, name)), file, 'Save it as UTF-8 text, or restore it from git.');
    } catch (error) {
      const { message, hint } = error as InputError;
      result.diagnostics.push({ ruleId: 'glossary/encoding', severity: 'error', file, line: 1, column: 1, reason: message, ...(hint ? { hint } : {}) });
      continue;
    }
    const parsed = parseGlossaryFile(text, file);
    if (!known.has(name)) {
      result.diagnostics.push({ ruleId: 'glossary/unknown-file', severity: 'warning', file, line: 1, column: 1,
        reason: `${name} is not one of the glossary files.`, hint: `Use one of: ${[...known].join(', ')}.` });
    }
    result.entries.push(...parsed.entries);
    result.diagnostics.push(...parsed.diagnostics);
  }
  result.diagnostics.push(...checkGlossaryEntries(result.entries));
  return result;
}

/** Throws one ConfigError listing every problem when any is an error. */
export function assertGlossaryValid(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  throw new ConfigError('glossary/invalid', `The glossary has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was loaded.`, {
    details: diagnostics.map(formatGlossaryProblem),
    hint: 'Fix them, then check with duizhao glossary lint.',
  });
}

/** `glossary/slogans.yaml:12:5: entry "扶贫" has no "en" value. Add one or remove the entry.` */
export function formatGlossaryProblem(d: Diagnostic): string {
  const where = formatLocation(d);
  const text = `${d.severity === 'error' ? '' : `${d.severity}: `}${d.reason}${d.hint ? ` ${d.hint}` : ''}`;
  return where ? `${where}: ${text}` : text;
}
