import type { Glossary } from './glossary/create-glossary.js';
import { createGlossary } from './glossary/create-glossary.js';
import { assertGlossaryValid, inspectGlossary } from './glossary/inspect-glossary.js';

export type { Glossary } from './glossary/create-glossary.js';
export { createGlossary } from './glossary/create-glossary.js';
export { addGlossaryEntry, updateGlossaryEntry, type AddGlossaryEntryResult } from './glossary/add-glossary-entry.js';
export { formatGlossaryProblem, inspectGlossary, type InspectGlossaryResult } from './glossary/inspect-glossary.js';
export type { LocatedEntry } from './glossary/parse-glossary-file.js';

/**
 * Loads every glossary/*.yaml. Any error in any file throws one ConfigError (exit 2) whose
 * details list every problem as `file:line:column: …`, so a glossary is never half-loaded;
 * warnings (kind not matching its file, redundant variants) come back on `diagnostics`.
 */
export async function loadGlossary(root: string): Promise<Glossary> {
  const { entries, diagnostics } = await inspectGlossary(root);
  assertGlossaryValid(diagnostics);
  return createGlossary(entries.map((e) => e.entry), diagnostics);
}
