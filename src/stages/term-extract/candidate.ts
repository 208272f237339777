import type { GlossaryKind } from '../../model/glossary-entry.js';

/** A term the glossary lacks, found in the corpus, with why it was suggested. */
export interface TermCandidate {
  zh: string;
  kind: GlossaryKind;
  /** Occurrences in the sentences searched. */
  count: number;
  /** Rule that found it: quoted, numbered, name-suffix, person, place. */
  rule: 'quoted' | 'numbered' | 'name-suffix' | 'person' | 'place';
  reason: string;
}

/** Characters a multi-character name does not start with (function words, determiners). */
export const STOP_START = new Set([...'的了和与及在是对把将为等由从向以并也都还就被让使给其该本我全各每此之而或即又所这那要有到支个名位']);
