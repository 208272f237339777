import type { GlossaryEntry } from '../../model/glossary-entry.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { createGlossaryMatcher } from '../../stages/glossary-match/match-glossary.js';
import type { TranslationMemory } from '../../stores/memory-jsonl.js';
import { updateMemory } from '../../stores/update-memory.js';

/** An entry whose English changed: memory translations using `oldEn` follow it to `entry.en`. */
export interface RenderingChange {
  entry: GlossaryEntry;
  oldEn: string;
}

export interface AppliedChange {
  key: string;
  zh: string;
  source: string;
  before: string;
  after: string;
  /** replaced: the old rendering was replaced verbatim; review: only flagged (no verbatim use). */
  action: 'replaced' | 'review';
}

/** `old` → `next`, in the case of the text it replaces (Targeted…, TARGETED…, targeted…). */
export function matchCase(found: string, next: string): string {
  if (found === found.toUpperCase() && found !== found.toLowerCase()) return next.toUpperCase();
  const words = found.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return next.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, c: string) => space + c.toUpperCase());
  if (found[0] && found[0] === found[0].toUpperCase() && found[0] !== found[0].toLowerCase()) return next[0]!.toUpperCase() + next.slice(1);
  return next;
}

/** Replaces every case-insensitive, whole-word occurrence of `old`, keeping each one's case. */
export function replaceRendering(text: string, old: string, next: string): string {
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), (found) => matchCase(found, next));
}

/**
 * Memory entries whose Chinese contains a changed term: where the English has the old rendering
 * it is replaced and the entry flagged for review; otherwise the entry is only flagged. States
 * are kept (the change is mechanical; the flag asks a person to look). Nothing is saved here.
 */
export function applyGlossaryChanges(memory: TranslationMemory, changes: readonly RenderingChange[]): AppliedChange[] {
  const applied: AppliedChange[] = [];
  for (const { entry, oldEn } of changes) {
    if (oldEn === entry.en) continue;
    const matcher = createGlossaryMatcher({ entries: [entry] }, { includeDeprecated: true });
    for (const stored of memory.entries()) {
      if (!stored.target || matcher.match(stored.source).length === 0) continue;
      const after = replaceRendering(stored.target, oldEn, entry.en);
      const lower = stored.target.toLowerCase();
      if (after === stored.target && lower.includes(entry.en.toLowerCase())) continue; // already uses the new rendering
      const action = after === stored.target ? 'review' : 'replaced';
      const flag = action === 'replaced' ? `glossary/changed: ${entry.zh} "${oldEn}" → "${entry.en}"` : `glossary/review: ${entry.zh} is now "${entry.en}" (was "${oldEn}")`;
      upsertFlagged(memory, stored, after, flag);
      applied.push({ key: stored.key, zh: entry.zh, source: stored.source, before: stored.target, after, action });
    }
  }
  return applied;
}

function upsertFlagged(memory: TranslationMemory, stored: MemoryEntry, target: string, flag: string): void {
  const flags = [...new Set([...(stored.flags ?? []), flag])];
  const { created: _c, updated: _u, ...rest } = memory.get(stored.key) ?? stored;
  memory.upsert({ ...rest, target, flags });
}

/** `glossary apply`: the changes applied to the project memory under its lock (nothing written with `dryRun`). */
export async function applyGlossaryChangesToMemory(root: string, changes: readonly RenderingChange[], dryRun: boolean): Promise<AppliedChange[]> {
  return updateMemory(root, (memory) => applyGlossaryChanges(memory, changes), { commit: () => !dryRun });
}
