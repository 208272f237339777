import type { TranslationMemory } from '../../stores/memory-jsonl.js';
import type { PendingSegment } from './select-segments.js';
import type { VerifiedDraft } from './translate-verified.js';

export interface StoredDrafts {
  drafted: number;
  flagged: number;
  /** Keys a person translated meanwhile: the draft was not stored. */
  refused: number;
}

/**
 * Puts a batch's drafts into the memory (state draft, origin mt:<backend>, flags for review)
 * and saves at once: atomically, under the memory lock, so an interrupted run keeps every
 * batch already received. Saves are chained so concurrent batches never write at once.
 */
export function createDraftStore(memory: TranslationMemory, backendName: string): (drafts: readonly VerifiedDraft[], segments: ReadonlyMap<string, PendingSegment>) => Promise<StoredDrafts> {
  let chain: Promise<unknown> = Promise.resolve();
  return (drafts, segments) => {
    const stored: StoredDrafts = { drafted: 0, flagged: 0, refused: 0 };
    for (const draft of drafts) {
      const segment = segments.get(draft.id);
      if (!segment) continue;
      const outcome = memory.upsert({
        key: segment.key,
        source: segment.source,
        target: draft.target,
        state: 'draft',
        origin: `mt:${backendName}`,
        reports: segment.reports,
        ...(draft.flags.length ? { flags: draft.flags } : {}),
      });
      if (outcome === 'refused') stored.refused += 1;
      else if (draft.flags.length) stored.flagged += 1;
      else stored.drafted += 1;
    }
    const saved = chain.then(() => memory.save());
    chain = saved.catch(() => undefined);
    return saved.then(() => stored);
  };
}
