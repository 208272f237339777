import type { Diagnostic } from '../../model/diagnostic.js';
import type { GlossaryEntry, GlossaryKind, GlossaryStatus } from '../../model/glossary-entry.js';
import { foldTerm } from '../../text/fold-term.js';

/** A loaded, valid glossary. */
export interface Glossary {
  /** Every entry, in file order (files sorted by name), each with its origin. */
  entries: GlossaryEntry[];
  /** Warnings from loading (errors are thrown, never returned). */
  diagnostics: Diagnostic[];
  /** The entry whose zh or a variant is `text`, in Simplified or Traditional, either punctuation width. */
  findByZh(text: string): GlossaryEntry | undefined;
  filter(options: { kind?: GlossaryKind; status?: GlossaryStatus }): GlossaryEntry[];
}

export function createGlossary(entries: readonly GlossaryEntry[], diagnostics: readonly Diagnostic[] = []): Glossary {
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    for (const form of [entry.zh, ...(entry.variants ?? [])]) {
      const key = foldTerm(form);
      if (!byForm.has(key)) byForm.set(key, entry);
    }
  }
  return {
    entries: [...entries],
    diagnostics: [...diagnostics],
    findByZh: (text) => byForm.get(foldTerm(text)),
    filter: ({ kind, status }) => entries.filter((e) => (!kind || e.kind === kind) && (!status || e.status === status)),
  };
}
