/** Kinds of glossary entry; one YAML file per kind under glossary/. */
export const GLOSSARY_KINDS = [
  'slogan', 'programme', 'policy', 'institution', 'title', 'place', 'person', 'unit', 'general',
] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export const GLOSSARY_STATUSES = ['proposed', 'approved', 'deprecated'] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];

export interface GlossarySource {
  title?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface GlossaryEntry {
  /** Canonical Chinese, Simplified. */
  zh: string;
  variants?: string[];
  en: string;
  first?: string;
  short?: string;
  /** Other English forms a checker tolerates (plurals, grammatical variants); never proposed. */
  accepted?: string[];
  kind: GlossaryKind;
  forbidden?: string[];
  note?: string;
  source?: GlossarySource;
  status: GlossaryStatus;
  /** Where the entry is defined: project-relative file and 1-based line. */
  origin?: { file: string; line: number };
}

/** One occurrence of a glossary entry in a Chinese segment. */
export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** UTF-16 offsets into the matched text, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears (may be Traditional or a variant). */
  surface: string;
}
