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

/** The file under glossary/ that holds each kind (`glossary/<kind-plural>.yaml`). */
export const GLOSSARY_FILES: Record<GlossaryKind, string> = {
  slogan: 'slogans.yaml',
  programme: 'programmes.yaml',
  policy: 'policies.yaml',
  institution: 'institutions.yaml',
  title: 'titles.yaml',
  place: 'places.yaml',
  person: 'people.yaml',
  unit: 'units.yaml',
  general: 'general.yaml',
};

/** Entry fields in the order they are written to YAML, CSV and TBX. */
export const GLOSSARY_FIELDS = [
  'zh', 'variants', 'en', 'first', 'short', 'accepted', 'kind', 'forbidden', 'note', 'source', 'status',
] as const;
export type GlossaryField = (typeof GLOSSARY_FIELDS)[number];

export function isGlossaryKind(value: unknown): value is GlossaryKind {
  return typeof value === 'string' && (GLOSSARY_KINDS as readonly string[]).includes(value);
}

export function isGlossaryStatus(value: unknown): value is GlossaryStatus {
  return typeof value === 'string' && (GLOSSARY_STATUSES as readonly string[]).includes(value);
}

/** The kind a glossary file name stands for (`slogans.yaml` → slogan), if it is one of GLOSSARY_FILES. */
export function kindOfGlossaryFile(fileName: string): GlossaryKind | undefined {
  return GLOSSARY_KINDS.find((kind) => GLOSSARY_FILES[kind] === fileName);
}

/**
 * Forms that count as rendering an entry: en, first, short and every accepted form, each once, in
 * that order. The one definition for the QA checks and for what an MT back-end is told it may use.
 */
export function acceptedForms(entry: Pick<GlossaryEntry, 'en' | 'first' | 'short' | 'accepted'>): string[] {
  const forms = [entry.en, entry.first, entry.short, ...(entry.accepted ?? [])].filter((f): f is string => Boolean(f && f.trim()));
  return [...new Set(forms)];
}
