import type { AlignedBead } from './align-sentences.js';

/** One aligned pair for review or import: the bead's sentences joined on each side. */
export interface AlignedPair {
  score: number;
  /** 0-based sentence indices in the input (after splitting). */
  zh: number[];
  en: number[];
  zhText: string;
  enText: string;
}

/** The default of `--min-score`: pairs scoring below it are imported as flagged drafts. */
export const DEFAULT_MIN_SCORE = 0.5;
export const LOW_CONFIDENCE_FLAG = 'align/low-confidence';

export function toAlignedPairs(beads: readonly AlignedBead[], zh: readonly string[], en: readonly string[]): AlignedPair[] {
  return beads.map((b) => ({
    score: b.score,
    zh: b.zh,
    en: b.en,
    zhText: b.zh.map((k) => zh[k]!).join(''),
    enText: b.en.map((k) => en[k]!).join(' '),
  }));
}

const HEADER = 'score\tzh\ten\tzh_text\ten_text\n';

/** TSV for review: score, zh indices, en indices (comma-separated, 0-based), zh text, en text. */
export function formatPairsTsv(pairs: readonly AlignedPair[]): string {
  const clean = (s: string): string => s.replace(/[\t\r\n]+/gu, ' ');
  return HEADER + pairs.map((p) => `${p.score.toFixed(3)}\t${p.zh.join(',')}\t${p.en.join(',')}\t${clean(p.zhText)}\t${clean(p.enText)}\n`).join('');
}
