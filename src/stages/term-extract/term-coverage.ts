import type { GlossaryEntry } from '../../model/glossary-entry.js';
import { foldTerm } from '../../text/fold-term.js';

/**
 * True for a term an entry already covers: its zh or a variant (any script, either punctuation
 * width), or a part of a longer one (两不愁 inside 两不愁三保障). Deprecated entries count too:
 * suggesting them again would only bring them back.
 */
export function createTermCoverage(entries: readonly GlossaryEntry[]): (zh: string) => boolean {
  const forms = new Set(entries.flatMap((e) => [e.zh, ...(e.variants ?? [])]).map(foldTerm));
  const all = [...forms];
  return (zh) => {
    const key = foldTerm(zh);
    return forms.has(key) || all.some((form) => form.includes(key));
  };
}
