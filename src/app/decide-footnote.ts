import { footnoteBase, normaliseEnglish } from '../stages/render/bilingual-edition.js';
import { clip } from './sync/sync-conflict.js';

/** What a reviewer's version of a translator's note means: nothing, a new note ('' removes it), or a conflict. */
export type FootnoteDecision = { kind: 'keep' } | { kind: 'set'; footnote: string } | { kind: 'conflict'; what: string };

/**
 * The one rule for a translator's note edited outside the memory (bilingual edition, XLIFF, review
 * page), like the English's: `base` is the hash of the note as the reviewer was shown it
 * (footnoteBase; of '' when there was none). A note as shown is untouched; a note edited where the
 * memory's changed since is a conflict unless both now agree. Without a base (a file from another
 * tool) a note is only added, never replaced or removed.
 */
export function decideFootnote(edited: string, base: string | undefined, current: string): FootnoteDecision {
  const mine = normaliseEnglish(edited);
  const now = normaliseEnglish(current);
  if (mine === now) return { kind: 'keep' };
  if (base !== undefined && footnoteBase(mine) === base) return { kind: 'keep' };
  if (base === undefined ? now !== '' : footnoteBase(now) !== base) {
    return { kind: 'conflict', what: `translator's note changed both here and in the memory since this copy was made (the memory now has ${now ? `"${clip(now, 40)}"` : 'none'}). Keep a copy of your note, rebuild or re-export, and re-apply it.` };
  }
  return { kind: 'set', footnote: mine };
}
