import { loadCheckConfig } from './check/load-check-config.js';
import type { GlossaryEntry } from '../model/glossary-entry.js';
import { toHouseSpelling, type HouseSpelling } from '../stages/qa/spelling-variants.js';
import { updateGlossaryEntry } from '../stores/glossary/add-glossary-entry.js';
import { readValidGlossary } from '../stores/glossary/read-valid-glossary.js';
import { updateMemory } from '../stores/update-memory.js';

export interface ApplyHouseSpellingOptions {
  dryRun?: boolean;
}

export interface SpellingChange {
  /** `glossary/<file>:<line> <zh>` or `memory <key>`. */
  where: string;
  before: string;
  after: string;
}

export interface ApplyHouseSpellingResult {
  spelling: HouseSpelling;
  glossary: SpellingChange[];
  memory: SpellingChange[];
}

/**
 * The fields of an entry that are English a reader may see. Not `note`: notes talk about spellings
 * ("the -Programme form is tolerated"), quote sources and name files, so they stay as written;
 * `forbidden` changes only where it forbade the house spelling: it then forbids the old one.
 */
const GLOSSARY_FIELDS = ['en', 'first', 'short', 'accepted'] as const;

/**
 * Converts the English of the glossary (en, first, short, accepted; in place, comments
 * kept) and of the memory (targets and translator's notes) to the house spelling of duizhao.yaml
 * `style.spelling`. A memory entry keeps its state and origin: the conversion is the team's own
 * edit, so a reviewed or approved entry stays so; it is written under the memory lock.
 */
export async function applyHouseSpelling(root: string, options: ApplyHouseSpellingOptions = {}): Promise<ApplyHouseSpellingResult> {
  const { spelling } = await loadCheckConfig(root);
  const result: ApplyHouseSpellingResult = { spelling, glossary: [], memory: [] };
  for (const { entry, file, at } of (await readValidGlossary(root)).entries) {
    const patch = glossaryPatch(entry, spelling);
    if (!patch) continue;
    result.glossary.push({ where: `${file}:${at.line} ${entry.zh}`, before: entry.en, after: patch.en ?? entry.en });
    if (!options.dryRun) await updateGlossaryEntry(root, entry.zh, patch);
  }
  await updateMemory(root, (memory) => {
    for (const entry of memory.entries()) {
      const target = toHouseSpelling(entry.target, spelling);
      const footnote = entry.footnote === undefined ? undefined : toHouseSpelling(entry.footnote, spelling);
      if (target === entry.target && footnote === entry.footnote) continue;
      result.memory.push({ where: `memory ${entry.key}`, before: entry.target, after: target });
      if (!options.dryRun) memory.upsert({ ...entry, target, ...(footnote === undefined ? {} : { footnote }) });
    }
  });
  return result;
}

function glossaryPatch(entry: GlossaryEntry, spelling: HouseSpelling): Partial<GlossaryEntry> | undefined {
  const patch: Record<string, unknown> = {};
  const renamed = new Map<string, string>();
  for (const field of GLOSSARY_FIELDS) {
    const value = entry[field];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    const next = values.map((v) => toHouseSpelling(v, spelling));
    next.forEach((v, i) => v !== values[i] && renamed.set(v, values[i]!));
    if (JSON.stringify(next) !== JSON.stringify(values)) patch[field] = Array.isArray(value) ? dedupe(next) : next[0];
  }
  // A forbidden form that is now a rendering forbade the house spelling (公里: en kilometres,
  // forbidden kilometers): it now forbids the old spelling instead.
  if (entry.forbidden?.some((f) => renamed.has(f))) patch.forbidden = dedupe(entry.forbidden.map((f) => renamed.get(f) ?? f));
  return Object.keys(patch).length ? (patch as Partial<GlossaryEntry>) : undefined;
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
