import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../errors.js';
import { FILE_SIZE_LIMITS, readUserFile } from '../../stores/read-user-file.js';
import { updateMemory } from '../../stores/update-memory.js';
import { applySyncChanges, plannedEntry } from './apply-sync-changes.js';
import type { SyncChange } from './decide-segment.js';
import { parseBilingualEdition } from './parse-bilingual-edition.js';
import { planSync } from './plan-sync.js';
import type { SyncConflict } from './sync-conflict.js';
import { resolveReports } from '../corpus.js';
import { openReportFiller } from '../fill-from-memory.js';

export type { SyncChange } from './decide-segment.js';
export { formatConflict, type SyncConflict } from './sync-conflict.js';

export interface SyncBilingualOptions {
  /** Report what would change without writing the memory. */
  dryRun?: boolean;
}

export interface SyncBilingualResult {
  /** Project-relative paths of the editions read. */
  files: string[];
  changes: SyncChange[];
  /** When not empty, nothing was written. */
  conflicts: SyncConflict[];
  /** True when the changes were saved to the memory. */
  saved: boolean;
}

/**
 * Reads reviewers' edits in translations/<slug>.zh-en.md back into the memory by segment id.
 * All or nothing: any conflict in any file (changed Chinese, mangled structure, a refused status)
 * stops the sync before the memory is touched. The write re-reads the memory under its lock and
 * refuses, as a conflict, any entry another writer (the review page) changed since sync read it.
 */
export async function syncBilingual(root: string, slugs: readonly string[] = [], options: SyncBilingualOptions = {}): Promise<SyncBilingualResult> {
  const reports = await resolveReports(root, slugs);
  const filler = await openReportFiller(root);
  const memory = filler.memory;
  const result: SyncBilingualResult = { files: [], changes: [], conflicts: [], saved: false };
  for (const slug of reports) {
    const file = `translations/${slug}.zh-en.md`;
    if (!existsSync(join(root, file))) {
      if (slugs.length === 0) continue;
      throw new ConfigError('sync/no-edition', `${file} does not exist.`, { hint: `Build it first with duizhao build ${slug}.` });
    }
    const edition = parseBilingualEdition(await readEdition(root, file, slug), file);
    const doc = await filler.fill(slug);
    const plan = planSync(edition, doc, file);
    result.files.push(file);
    result.changes.push(...plan.changes);
    result.conflicts.push(...plan.conflicts);
  }
  result.conflicts.push(...disagreements(result.changes));
  if (result.conflicts.length > 0 || options.dryRun || result.changes.length === 0) return result;
  const planned = new Map(result.changes.map((c) => [c.key, plannedEntry(memory.get(c.key))]));
  const conflicts = await updateMemory(root, (fresh) => applySyncChanges(fresh, result.changes, planned), { commit: (found) => found.length === 0 });
  result.conflicts.push(...conflicts);
  result.saved = conflicts.length === 0;
  return result;
}

/** The edition as a reviewer saved it: UTF-8 (a BOM is fine), within FILE_SIZE_LIMITS.syncEdition. */
async function readEdition(root: string, file: string, slug: string): Promise<string> {
  return readUserFile(join(root, file), {
    label: file,
    maxBytes: FILE_SIZE_LIMITS.syncEdition,
    sizeHint: `A real edition is well under 1 MB: something was pasted into it. Keep a copy, run duizhao build ${slug} and re-apply your edits (git diff shows them).`,
    textHint: `Save the edition as UTF-8 in your editor, or restore it from git and re-apply your edits.`,
  });
}

/** The same Chinese edited differently in two places (two reports, or a repeat in one). */
function disagreements(changes: readonly SyncChange[]): SyncConflict[] {
  const first = new Map<string, SyncChange>();
  const out: SyncConflict[] = [];
  for (const change of changes) {
    const other = first.get(change.key);
    if (!other) first.set(change.key, change);
    else if (other.to.english !== change.to.english || other.to.state !== change.to.state || other.footnote !== change.footnote) {
      out.push({ file: change.file, line: change.line, id: change.id, what: `the same Chinese is edited differently at ${other.file}:${other.line}; make the two agree.` });
    }
  }
  return out;
}
