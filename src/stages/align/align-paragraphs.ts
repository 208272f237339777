import { alignSentences, type AlignedBead, type AlignSentencesOptions } from './align-sentences.js';
import type { Lexicon } from './lexicon.js';
import type { BeadIndices } from './score-alignment.js';
import { paragraphSentences, type TextParagraph } from './text-paragraphs.js';

/**
 * Aligns two documents given as paragraphs (split into sentences, or one sentence per line as the
 * user gave them): when both sides have more than one paragraph, the
 * paragraphs are aligned first (same aligner, paragraphs as units), then the sentences inside
 * each paragraph bead; otherwise all sentences are aligned at once. Sentence indices in the
 * result count from the start of the document.
 */
export interface AlignDocumentResult {
  zhSentences: string[];
  enSentences: string[];
  beads: AlignedBead[];
  /** Paragraph beads found, or 0 when the sentences were aligned as one sequence. */
  paragraphBeads: number;
}

export function alignDocument(
  zhParagraphs: readonly TextParagraph[],
  enParagraphs: readonly TextParagraph[],
  lexicon: Lexicon,
  tuning: Omit<AlignSentencesOptions, 'lexicon'> = {},
): AlignDocumentResult {
  const options = { ...tuning, lexicon };
  const zhSplit = zhParagraphs.map((p) => paragraphSentences(p, 'zh'));
  const enSplit = enParagraphs.map((p) => paragraphSentences(p, 'en'));
  const zhSentences = zhSplit.flat();
  const enSentences = enSplit.flat();
  if (zhParagraphs.length < 2 || enParagraphs.length < 2) {
    return { zhSentences, enSentences, beads: alignSentences(zhSentences, enSentences, options).beads, paragraphBeads: 0 };
  }
  const zhStart = starts(zhSplit);
  const enStart = starts(enSplit);
  const paragraphs = alignSentences(zhParagraphs.map((p) => p.text), enParagraphs.map((p) => p.text), options).beads;
  const beads: AlignedBead[] = [];
  for (const p of sentenceRegions(paragraphs)) {
    const zh = p.zh.flatMap((k) => range(zhStart[k]!, zhSplit[k]!.length));
    const en = p.en.flatMap((k) => range(enStart[k]!, enSplit[k]!.length));
    if (zh.length === 0 || en.length === 0) {
      for (const z of zh) beads.push({ zh: [z], en: [], score: 0 });
      for (const e of en) beads.push({ zh: [], en: [e], score: 0 });
      continue;
    }
    const inner = alignSentences(zh.map((k) => zhSentences[k]!), en.map((k) => enSentences[k]!), options).beads;
    for (const b of inner) beads.push({ ...b, zh: b.zh.map((k) => zh[k]!), en: b.en.map((k) => en[k]!) });
  }
  return { zhSentences, enSentences, beads, paragraphBeads: paragraphs.length };
}

/**
 * The paragraph beads whose sentences are aligned together: a run of beads that each have one
 * side only (a paragraph the paragraph pass left unmatched on both sides) is one region, so its
 * sentences can still pair up.
 */
export function sentenceRegions(beads: readonly BeadIndices[]): BeadIndices[] {
  const out: BeadIndices[] = [];
  let run: { zh: number[]; en: number[] } | undefined;
  for (const b of beads) {
    if (b.zh.length > 0 && b.en.length > 0) {
      if (run) out.push(run);
      run = undefined;
      out.push({ zh: b.zh, en: b.en });
      continue;
    }
    run = run ? { zh: [...run.zh, ...b.zh], en: [...run.en, ...b.en] } : { zh: [...b.zh], en: [...b.en] };
  }
  if (run) out.push(run);
  return out;
}

function starts(split: readonly string[][]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const sentences of split) {
    out.push(at);
    at += sentences.length;
  }
  return out;
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}
