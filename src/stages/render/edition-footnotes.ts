import type { FootnoteDefinition, FootnoteReference, PhrasingContent } from 'mdast';
import type { SegmentedParagraph } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { unitEnglish } from './edition-text.js';

/**
 * Translator's notes of one edition, numbered 1, 2, 3 … in reading order (the order in which
 * `reference` is called), so the same document always gives the same numbers. Each reference
 * becomes `[^n]` after its segment; `definitions()` gives the `[^n]: …` blocks for the end.
 */
export interface EditionFootnotes {
  reference(text: string): FootnoteReference;
  definitions(): FootnoteDefinition[];
}

export function createEditionFootnotes(): EditionFootnotes {
  const texts: string[] = [];
  return {
    reference(text) {
      texts.push(text);
      const identifier = String(texts.length);
      return { type: 'footnoteReference', identifier, label: identifier };
    },
    definitions() {
      return texts.map((text, i) => ({
        type: 'footnoteDefinition',
        identifier: String(i + 1),
        label: String(i + 1),
        children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
      }));
    },
  };
}

/**
 * The note a unit prints when the edition shows its own English (not a mark): its translator's
 * note, else a default note the edition adds (`defaults`, e.g. where the source breaks off).
 */
export function footnoteOf(unit: TranslationUnit, defaults?: ReadonlyMap<TranslationUnit, string>): string | undefined {
  const note = unit.footnote?.trim() || defaults?.get(unit);
  return note && unit.target && unit.state !== 'empty' ? note : undefined;
}

/**
 * A paragraph's English as inline content: the segments joined with single spaces, `prefix`
 * (e.g. a heading's ordinal) first, and a footnote reference right after each segment that
 * carries a translator's note.
 */
export function paragraphInlines(paragraph: SegmentedParagraph, footnotes: EditionFootnotes, prefix = '', defaults?: ReadonlyMap<TranslationUnit, string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text = prefix;
  paragraph.units.forEach((unit, i) => {
    text += (i > 0 ? ' ' : '') + unitEnglish(unit);
    const note = footnoteOf(unit, defaults);
    if (!note) return;
    out.push({ type: 'text', value: text }, footnotes.reference(note));
    text = '';
  });
  if (text) out.push({ type: 'text', value: text });
  return out;
}
