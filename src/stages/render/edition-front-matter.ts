import { SOURCE_EXTENSIONS, type SegmentedDocument, type SegmentedParagraph } from '../../model/document.js';
import type { GlossaryMatch } from '../../model/glossary-entry.js';
import type { Coverage } from './edition-text.js';
import { paragraphEnglish } from './edition-text.js';

const PLACES = ['county', 'city', 'province'] as const;
export type PlaceNames = Partial<Record<(typeof PLACES)[number], string>>;

/**
 * The English of the report's county, city and province: the glossary entry that spells the whole
 * name (沁縣 → Qin County, 长治市 → Changzhi). A name the glossary lacks has no English here; it
 * stays, in Chinese, under `source:` and is never guessed.
 */
export function placeNamesInEnglish(doc: SegmentedDocument, match: (text: string) => GlossaryMatch[]): PlaceNames {
  const names: PlaceNames = {};
  for (const place of PLACES) {
    const zh = doc.meta[place];
    if (!zh) continue;
    const [only, ...rest] = match(zh);
    if (only && rest.length === 0 && only.start === 0 && only.end === zh.length) names[place] = only.entry.en;
  }
  return names;
}

/**
 * The paragraph an edition opens with as its headline: the title, or, where the received text
 * lost its title, a subtitle that comes before any running text (the only headline it has).
 */
export function headlineParagraph(doc: SegmentedDocument): SegmentedParagraph | undefined {
  const title = doc.paragraphs.find((p) => p.block.type === 'title');
  if (title) return title;
  for (const p of doc.paragraphs) {
    if (p.block.type === 'subtitle') return p;
    if (p.block.type === 'paragraph' || p.block.type === 'heading') return undefined;
  }
  return undefined;
}

/** Front matter in English (headline, places), the Chinese kept under `source:`. */
export function englishFrontMatter(doc: SegmentedDocument, coverage: Coverage, places: PlaceNames): Record<string, unknown> {
  const headline = headlineParagraph(doc);
  const front: Record<string, unknown> = { title: headline ? paragraphEnglish(headline) : doc.meta.title };
  for (const place of PLACES) if (places[place]) front[place] = places[place];
  if (doc.meta.date) front.date = doc.meta.date;
  const source: Record<string, unknown> = { title: doc.meta.title };
  for (const place of PLACES) if (doc.meta[place]) source[place] = doc.meta[place];
  front.source = { ...source, file: `corpus/${doc.meta.id}/source.${SOURCE_EXTENSIONS[doc.meta.format ?? 'text']}`, language: doc.meta.language };
  front.coverage = `${coverage.translated}/${coverage.total} segments translated`
    + (coverage.draft ? `, ${coverage.draft} machine drafts` : '')
    + (coverage.fuzzy ? `, ${coverage.fuzzy} fuzzy suggestions` : '')
    + (coverage.missing ? `, ${coverage.missing} untranslated` : '');
  return front;
}
