import { basename } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { GLOSSARY_FILES, kindOfGlossaryFile } from '../../model/glossary-entry.js';
import { toSimplified } from '../../text/script.js';
import { foldTerm } from '../../text/fold-term.js';
import type { Position } from './locate-node.js';
import type { LocatedEntry } from './parse-glossary-file.js';

interface FormSite {
  entry: LocatedEntry;
  form: string;
  role: 'zh' | 'variant';
  at: Position;
}

const where = (file: string, at: Position): string => `${file}:${at.line}:${at.column}`;

/**
 * Checks across entries and files: each Chinese form (zh or variant, Simplified/Traditional and
 * punctuation width folded) belongs to one entry; no forbidden rendering is also a rendering to
 * use; the kind matches its file; zh is Simplified.
 */
export function checkGlossaryEntries(entries: readonly LocatedEntry[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const forms = new Map<string, FormSite>();
  for (const located of entries) {
    const { entry, file } = located;
    const sites: FormSite[] = [
      { entry: located, form: entry.zh, role: 'zh', at: located.zhAt },
      ...(entry.variants ?? []).map((form, i): FormSite => ({ entry: located, form, role: 'variant', at: located.variantsAt[i] ?? located.at })),
    ];
    for (const site of sites) {
      const key = foldTerm(site.form);
      const first = forms.get(key);
      if (!first) forms.set(key, site);
      else out.push(clash(site, first));
    }
    out.push(...forbiddenProblems(located), ...kindProblems(located));
    const simplified = toSimplified(entry.zh);
    if (simplified !== entry.zh) {
      out.push({ ruleId: 'glossary/not-simplified', severity: 'warning', file, ...located.zhAt,
        reason: `entry "${entry.zh}" is not written in Simplified script.`,
        hint: `Write zh: ${simplified} (Traditional forms are matched automatically).` });
    }
  }
  return out;
}

function clash(site: FormSite, first: FormSite): Diagnostic {
  const what = site.role === 'zh' ? `entry "${site.form}"` : `variant "${site.form}" of entry "${site.entry.entry.zh}"`;
  if (first.entry === site.entry) {
    return { ruleId: 'glossary/redundant-variant', severity: 'warning', file: site.entry.file, ...site.at,
      reason: `${what} is the same term as its zh "${first.form}" once script and punctuation width are ignored.`,
      hint: 'Remove the variant: Traditional forms and punctuation width are matched automatically.' };
  }
  const other = first.role === 'zh' ? `entry "${first.form}"` : `variant "${first.form}" of entry "${first.entry.entry.zh}"`;
  return { ruleId: 'glossary/duplicate-term', severity: 'error', file: site.entry.file, ...site.at,
    reason: `${what} is already defined at ${where(first.entry.file, first.at)} as ${other}.`,
    hint: 'A Chinese form may belong to one entry only: merge the entries or remove one of them.' };
}

function forbiddenProblems(located: LocatedEntry): Diagnostic[] {
  const { entry } = located;
  const allowed = new Map<string, string>();
  for (const [field, values] of [['en', [entry.en]], ['first', [entry.first]], ['short', [entry.short]], ['accepted', entry.accepted ?? []]] as const) {
    for (const v of values) if (v !== undefined) allowed.set(v.trim().toLowerCase(), field);
  }
  return (entry.forbidden ?? []).flatMap((form, i): Diagnostic[] => {
    const field = allowed.get(form.trim().toLowerCase());
    if (!field) return [];
    return [{ ruleId: 'glossary/forbidden-is-rendering', severity: 'error', file: located.file, ...(located.forbiddenAt[i] ?? located.at),
      reason: `entry "${entry.zh}" forbids "${form}", which is also its "${field}" rendering.`,
      hint: `Remove "${form}" from forbidden or change "${field}".` }];
  });
}

function kindProblems(located: LocatedEntry): Diagnostic[] {
  const fileKind = kindOfGlossaryFile(basename(located.file));
  if (fileKind === undefined || fileKind === located.entry.kind) return [];
  return [{ ruleId: 'glossary/kind-mismatch', severity: 'warning', file: located.file, ...located.at,
    reason: `entry "${located.entry.zh}" has kind "${located.entry.kind}" but is in ${basename(located.file)}.`,
    hint: `Move it to glossary/${GLOSSARY_FILES[located.entry.kind]} or change its kind to "${fileKind}".` }];
}
