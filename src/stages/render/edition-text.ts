import type { SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';

/** Visible marks for segments without a final translation: never silently left in Chinese. */
export function untranslatedMark(unit: TranslationUnit): string {
  const suggestion = unit.suggestions?.[0];
  if (suggestion) {
    const score = suggestion.score !== undefined ? ` ${Math.floor(suggestion.score)}%` : '';
    return `[FUZZY${score} ${unit.id}: ${suggestion.target}]`;
  }
  return `[UNTRANSLATED ${unit.id}: ${unit.source}]`;
}

/** A machine draft (flagged by verification or not) is shown, but marked: no one has checked it. */
export function draftMark(unit: TranslationUnit & { target: string }): string {
  return `[DRAFT ${unit.id}: ${unit.target}]`;
}

/** The English of one unit, or its visible mark. */
export function unitEnglish(unit: TranslationUnit): string {
  if (!unit.target || unit.state === 'empty') return untranslatedMark(unit);
  return unit.state === 'draft' ? draftMark({ ...unit, target: unit.target }) : unit.target;
}

/** English sentences of a paragraph joined with single spaces. */
export function paragraphEnglish(paragraph: SegmentedParagraph): string {
  return paragraph.units.map(unitEnglish).join(' ');
}

/** `1. ` before a heading that carries an ordinal. */
export function withOrdinal(paragraph: SegmentedParagraph, text: string): string {
  return paragraph.block.ordinal ? `${paragraph.block.ordinal}. ${text}` : text;
}

export interface Coverage {
  total: number;
  translated: number;
  draft: number;
  fuzzy: number;
  missing: number;
}

export function coverageOf(units: readonly TranslationUnit[]): Coverage {
  const c: Coverage = { total: units.length, translated: 0, draft: 0, fuzzy: 0, missing: 0 };
  for (const u of units) {
    if (u.target && u.state === 'draft') c.draft++;
    else if (u.target && u.state !== 'empty') c.translated++;
    else if (u.suggestions?.length) c.fuzzy++;
    else c.missing++;
  }
  return c;
}
