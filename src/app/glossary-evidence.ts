import type { GlossaryEntry } from '../model/glossary-entry.js';
import { inspectGlossary } from '../stores/glossary-yaml.js';

/**
 * The glossary's entries as evidence for ingest (which words are Chinese, which names are
 * places). Read leniently: a glossary with errors still gives what parses, and never stops an
 * ingest (`duizhao check` is where glossary errors are reported).
 */
export async function readGlossaryEntries(root: string): Promise<GlossaryEntry[]> {
  try {
    return (await inspectGlossary(root)).entries.map((e) => e.entry);
  } catch {
    return [];
  }
}

/** Every Chinese form of every entry (canonical and variants). */
export function glossaryWords(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((e) => [e.zh, ...(e.variants ?? [])]);
}
