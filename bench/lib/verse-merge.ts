/**
 * The Bible gold set's own scoring protocol. Its gold beads are verses, not sentences, so the
 * set's authors (Bertalign, `utils/eval_bible.pl`; the protocol of the published Gale–Church,
 * Hunalign and Vecalign figures) map an aligner's sentence beads to verses before scoring: runs
 * of consecutive predicted beads that each lie inside one and the same verse on both sides (a
 * side with no sentence takes the other side's verse) become one bead. A bead that spans two
 * verses, or pairs sentences of different verses, is left as it is. The verse of each sentence
 * (`*.sent.{zh,en}.verse`) is used here, in the scorer only; the aligner never sees it.
 */
import type { BeadIndices } from '../../src/stages/align/score-alignment.js';

/** The one verse a bead lies in on both sides, or undefined when it spans or pairs several. */
function verseOf(bead: BeadIndices, zhVerse: readonly string[], enVerse: readonly string[]): string | undefined {
  const side = (ids: readonly number[], verses: readonly string[]): string | null | undefined => {
    if (ids.length === 0) return null;
    const first = verses[ids[0]!];
    if (first === undefined) throw new Error(`sentence ${ids[0]} has no verse: the .verse file is shorter than the text`);
    return ids.every((k) => verses[k] === first) ? first : undefined;
  };
  const zh = side(bead.zh, zhVerse);
  const en = side(bead.en, enVerse);
  if (zh === undefined || en === undefined) return undefined;
  if (zh === null) return en ?? undefined;
  if (en === null) return zh;
  return zh === en ? zh : undefined;
}

/**
 * Runs of consecutive beads inside one verse merged, in order (other beads pass unchanged), and
 * for each predicted bead the index of the bead it went into.
 */
export function mergeWithinVerses(predicted: readonly BeadIndices[], zhVerse: readonly string[], enVerse: readonly string[]): { beads: BeadIndices[]; into: number[] } {
  const merged: Array<{ zh: number[]; en: number[] }> = [];
  const into: number[] = [];
  let last: string | undefined;
  for (const bead of predicted) {
    const verse = verseOf(bead, zhVerse, enVerse);
    if (verse !== undefined && verse === last) {
      merged.at(-1)!.zh.push(...bead.zh);
      merged.at(-1)!.en.push(...bead.en);
    } else merged.push({ zh: [...bead.zh], en: [...bead.en] });
    into.push(merged.length - 1);
    last = verse;
  }
  return { beads: merged, into };
}
