// Running text from line-aligned held-out sets: each document's lines joined into one paragraph
// (Chinese directly, English with a space), documents apart by a blank line. With `headlines`, a
// line whose Chinese ends no sentence (a headline, a photo credit) stands on a line of its own on
// both sides, as in any real document; without, every line of a document is glued into one. The aligner splits
// the paragraphs into sentences itself; its sentence beads are mapped back to the gold lines they
// cover (beads that share a line are merged), so the gold is the line diagonal.
import { layoutParagraphs, pairLineModes, paragraphSentences, textLayout, type TextLanguage } from '../../src/stages/align/text-paragraphs.js';
import { endsSentence } from '../../src/stages/align/line-runs.js';
import type { BeadIndices } from '../../src/stages/align/score-alignment.js';

export interface RunningText {
  zh: string;
  en: string;
  /** Line numbers of each document, in order. */
  docs: number[][];
}

export function runningText(zhLines: readonly string[], enLines: readonly string[], docs: readonly number[][], headlines: boolean): RunningText {
  const apart = (k: number): boolean => headlines && !endsSentence(zhLines[k]!.trim(), 'zh');
  const join = (lines: readonly string[], sep: string): string =>
    docs.map((d) => d.map((k, i) => lines[k]!.trim() + (i === d.length - 1 ? '' : apart(k) || apart(d[i + 1]!) ? '\n' : sep)).join('')).join('\n\n') + '\n';
  return { zh: join(zhLines, ''), en: join(enLines, ' '), docs: docs.map((d) => [...d]) };
}

/** For every sentence the aligner sees (same reading as `duizhao align`), the gold lines it overlaps. */
export function sentenceLines(text: RunningText, zhLines: readonly string[], enLines: readonly string[]): [number[][], number[][]] {
  const layouts = [textLayout(text.zh, 'zh'), textLayout(text.en, 'en')] as const;
  const modes = pairLineModes(layouts[0], layouts[1], 'auto');
  const order = text.docs.flat();
  return ([0, 1] as const).map((side) => {
    const language: TextLanguage = side === 0 ? 'zh' : 'en';
    const sentences = layoutParagraphs(layouts[side], modes[side]).flatMap((p) => paragraphSentences(p, language));
    return mapSentences(sentences, order.map((k) => (side === 0 ? zhLines : enLines)[k]!), order);
  }) as [number[][], number[][]];
}

/** Finds the sentences, in order, in the lines (white space ignored): the line ids each one overlaps. */
function mapSentences(sentences: readonly string[], lines: readonly string[], ids: readonly number[]): number[][] {
  const squeeze = (s: string): string => s.replace(/\s+/gu, '');
  const starts: number[] = [];
  let stream = '';
  for (const line of lines) {
    starts.push(stream.length);
    stream += squeeze(line);
  }
  let cursor = 0;
  return sentences.map((s) => {
    const from = stream.indexOf(squeeze(s), cursor);
    if (from < 0) throw new Error(`sentence not found in the lines: ${s.slice(0, 40)}`);
    cursor = from + squeeze(s).length;
    const covered: number[] = [];
    starts.forEach((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1]! : stream.length;
      if (from < end && cursor > start) covered.push(ids[k]!);
    });
    return covered;
  });
}

/** Sentence beads → line beads: each bead takes the lines of its sentences; beads sharing a line merge. */
export function lineBeads(beads: readonly BeadIndices[], zhLines: readonly number[][], enLines: readonly number[][]): BeadIndices[] {
  const out: Array<{ zh: Set<number>; en: Set<number> }> = [];
  for (const b of beads) {
    const zh = new Set(b.zh.flatMap((k) => zhLines[k]!));
    const en = new Set(b.en.flatMap((k) => enLines[k]!));
    const last = out.at(-1);
    const shares = last && ([...zh].some((k) => last.zh.has(k)) || [...en].some((k) => last.en.has(k)));
    if (last && shares) {
      zh.forEach((k) => last.zh.add(k));
      en.forEach((k) => last.en.add(k));
    } else out.push({ zh, en });
  }
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return out.map((b) => ({ zh: sorted(b.zh), en: sorted(b.en) }));
}
