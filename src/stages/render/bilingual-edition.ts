import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import type { SegmentedDocument } from '../../model/document.js';
import type { TranslationUnit } from '../../model/unit.js';
import { documentUnits } from '../segment/segment-document.js';
import { keyHash } from '../../text/segment-key.js';
import { coverageOf } from './edition-text.js';

/**
 * The bilingual edition for review: per paragraph, each segment as a heading with its id and
 * status, the Chinese as a quote, the English below it. A reviewer edits the English (and may
 * change the status word to `reviewed`) in any editor; `duizhao sync` reads it back by id.
 * Each segment ends with an invisible marker (`<!-- duizhao id=… base=… -->`) holding the id and
 * a hash of the English and status as built, so sync tells a reviewer's edit from a change made
 * in the memory since, and notices an altered id or a deleted heading. A translator's note (the
 * entry's `footnote`) is a line `*Translator's note:* …` under the English, which the reviewer may
 * edit, add or delete; its hash as built is the marker's `note=` (absent: there was none).
 *
 * Plain CommonMark both ways (no GFM): GFM's autolink literals are found after parsing and carry
 * no source position, so a URL or e-mail address could not be read back as written. The English is
 * shown on one line (whitespace folded, as sync compares it), so no hard break can arise.
 */
export function renderBilingualEdition(doc: SegmentedDocument): string {
  const coverage = coverageOf(documentUnits(doc));
  const children: RootContent[] = [
    heading(1, `${doc.meta.title} — 中英对照 / bilingual edition`),
    para(`Report ${doc.meta.id}: ${coverage.translated} of ${coverage.total} segments translated. Edit the English under a segment, or change its status word to "reviewed" or "approved"; add, edit or delete a line "${FOOTNOTE_LABEL} …" under the English for a footnote in the English edition; then run duizhao sync ${doc.meta.id}.`),
  ];
  for (const paragraph of doc.paragraphs) {
    const ordinal = paragraph.block.ordinal ? ` ${paragraph.block.ordinal}` : '';
    children.push(heading(2, `¶${paragraph.index} ${paragraph.block.type}${ordinal}`));
    for (const unit of paragraph.units) children.push(...segmentNodes(unit));
  }
  return remark().stringify({ type: 'root', children } satisfies Root);
}

function segmentNodes(unit: TranslationUnit): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 3, children: [{ type: 'inlineCode', value: unit.id }, { type: 'text', value: ` ${statusWord(unit)}` }] },
    { type: 'blockquote', children: [para(unit.source)] },
  ];
  nodes.push(para(normaliseEnglish(shownEnglish(unit))));
  for (const s of unit.suggestions ?? []) {
    const score = s.score !== undefined ? ` ${Math.floor(s.score)}%` : '';
    const adapted = s.adaptations?.length ? ` (adapted: ${s.adaptations.join('; ')})` : '';
    nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: `suggestion${score} (${s.origin})${adapted}: ${s.target}` }] }] });
  }
  if (unit.terms?.length) {
    const list = [...new Map(unit.terms.map((t) => [t.entry.zh, `${t.surface} = ${t.entry.en}`])).values()].join('; ');
    nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: `terms: ${list}` }] }] });
  }
  const footnote = shownFootnote(unit);
  if (footnote) nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: FOOTNOTE_LABEL }] }, { type: 'text', value: ` ${footnote}` }] });
  for (const note of unit.notes) nodes.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: `note: ${note}` }] }] });
  nodes.push({ type: 'html', value: segmentMarker(unit.id, segmentBase(statusWord(unit), shownEnglish(unit)), footnote ? footnoteBase(footnote) : undefined) });
  return nodes;
}

/** The English the edition shows for a unit: its target, or nothing when it has none. */
export function shownEnglish(unit: TranslationUnit): string {
  return unit.target && unit.state !== 'empty' ? unit.target : '';
}

/** English as compared by sync: whitespace runs (a reviewer's line wrapping) count as one space. */
export function normaliseEnglish(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Hash of what a segment showed when built: its status word and English. */
export function segmentBase(status: string, english: string): string {
  return keyHash(`${status}\u0000${normaliseEnglish(english)}`).slice(0, 8);
}

/** The translator's note a unit shows (whitespace folded, as sync compares it); '' for none. */
export function shownFootnote(unit: { footnote?: string }): string {
  return normaliseEnglish(unit.footnote ?? '');
}

/** Hash of a translator's note as shown (the marker's note=, XLIFF's dz:footnote-base); '' hashes "none". */
export function footnoteBase(footnote: string): string {
  return keyHash(`footnote\u0000${normaliseEnglish(footnote)}`).slice(0, 8);
}

/** The label that opens a translator's note line; sync also accepts it typed without the asterisks. */
export const FOOTNOTE_LABEL = "Translator's note:";
export const FOOTNOTE_LINE = /^translator['’]s note:\s*/i;

export const SEGMENT_MARKER = /^<!--\s*duizhao\s+id=(\S+)\s+base=([0-9a-f]+)(?:\s+note=([0-9a-f]+))?\s*-->$/;

export function segmentMarker(id: string, base: string, note?: string): string {
  return `<!-- duizhao id=${id} base=${base}${note ? ` note=${note}` : ''} -->`;
}

/** The status a reviewer sees and may edit: the unit state, or `missing` / `fuzzy`. */
export function statusWord(unit: TranslationUnit): string {
  if (unit.target && unit.state !== 'empty') return unit.state;
  return unit.suggestions?.length ? 'fuzzy' : 'missing';
}

function heading(depth: 1 | 2, text: string): RootContent {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

function para(text: string): RootContent & { type: 'paragraph' } {
  return { type: 'paragraph', children: text ? [{ type: 'text', value: text }] : [] };
}
