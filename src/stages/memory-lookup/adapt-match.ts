import type { GlossaryMatch } from '../../model/glossary-entry.js';
import type { MemoryEntry } from '../../model/memory-entry.js';
import { extractChineseNumbers, extractEnglishNumbers, formatFigure, numbersEquivalent, type ChineseNumber } from '../numbers/index.js';

export interface AdaptedMatch {
  target: string;
  /** What was changed mechanically, for the reviewer: `number: 179 → 180`, `term: 扶贫 → 脱贫`. */
  adaptations: string[];
}

type MatchTerms = (text: string) => GlossaryMatch[];

/**
 * Adapts a fuzzy match's English to a new source where the difference is mechanical: figures
 * that changed are rewritten in the English (in the same scale the English used: 150 million →
 * 160 million), and a glossary term that changed has its rendering swapped. The result is still
 * only a suggestion; each change is listed so a reviewer can check it.
 */
export function createMatchAdapter(matchTerms?: MatchTerms): (source: string, match: MemoryEntry) => AdaptedMatch {
  return (source, match) => {
    const adaptations: string[] = [];
    let target = adaptNumbers(source, match, adaptations);
    if (matchTerms) target = swapTerms(source, match.source, target, matchTerms, adaptations);
    return { target, adaptations };
  };
}

function adaptNumbers(source: string, match: MemoryEntry, adaptations: string[]): string {
  const now = extractChineseNumbers(source);
  const before = extractChineseNumbers(match.source);
  if (now.length !== before.length || now.length === 0) return match.target;
  const english = extractEnglishNumbers(match.target);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  now.forEach((n, i) => {
    const old = before[i]!;
    if (old.kind !== n.kind || (old.value === n.value && old.high === n.high)) return;
    const en = english.find((e) => !e.words && numbersEquivalent(old, e) && !edits.some((x) => x.start === e.start));
    const rewritten = en && rescale(en.surface, en.value, n);
    if (!en || !rewritten) return;
    edits.push({ start: en.start, end: en.end, text: rewritten });
    adaptations.push(`number: ${old.surface} → ${n.surface}`);
  });
  let target = match.target;
  for (const edit of edits.sort((a, b) => b.start - a.start)) target = target.slice(0, edit.start) + edit.text + target.slice(edit.end);
  return target;
}

/** Writes the new value in the old figure's own scale: the factor between its digits and value. */
function rescale(surface: string, oldValue: number, next: ChineseNumber): string | undefined {
  if (next.kind === 'range' || next.kind === 'date') return undefined;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(surface);
  if (!digits) return undefined;
  const shown = Number(digits[0].replace(/,/g, ''));
  if (!shown) return undefined;
  const factor = oldValue / shown;
  const value = next.value / factor;
  const figure = factor === 1 && next.kind === 'year' ? String(value) : formatFigure(value);
  return surface.slice(0, digits.index) + figure + surface.slice(digits.index + digits[0].length);
}

function swapTerms(source: string, oldSource: string, target: string, matchTerms: MatchTerms, adaptations: string[]): string {
  const now = matchTerms(source);
  const before = matchTerms(oldSource);
  if (now.length !== before.length) return target;
  let result = target;
  now.forEach((n, i) => {
    const old = before[i]!;
    if (old.entry.zh === n.entry.zh) return;
    const at = result.toLowerCase().indexOf(old.entry.en.toLowerCase());
    if (at < 0) return;
    result = result.slice(0, at) + n.entry.en + result.slice(at + old.entry.en.length);
    adaptations.push(`term: ${old.entry.zh} → ${n.entry.zh} (${n.entry.en})`);
  });
  return result;
}
