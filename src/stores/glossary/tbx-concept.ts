import { keyHash } from '../../text/segment-key.js';
import type { GlossaryEntry, GlossaryStatus } from '../../model/glossary-entry.js';

/** The entry's status as the administrativeStatus of its `en` term. */
export const TBX_STATUS: Record<GlossaryStatus, string> = {
  approved: 'preferredTerm-admn-sts',
  proposed: 'admittedTerm-admn-sts',
  deprecated: 'supersededTerm-admn-sts',
};

type XmlNode = Record<string, unknown>;

function termSec(term: string, status: string, termType?: string, note?: string): XmlNode {
  const termNote: XmlNode[] = [{ '@_type': 'administrativeStatus', '#text': status }];
  if (termType) termNote.push({ '@_type': 'termType', '#text': termType });
  return { term, termNote, ...(note ? { note: [note] } : {}) };
}

/** The stable id of an entry's concept: `c-` + hash of its zh. */
export function conceptId(zh: string): string {
  return `c-${keyHash(zh)}`;
}

/** One conceptEntry (as fast-xml-parser builder data) for an entry. */
export function tbxConceptEntry(entry: GlossaryEntry): XmlNode {
  const en: XmlNode[] = [termSec(entry.en, TBX_STATUS[entry.status], undefined, 'Use this rendering.')];
  if (entry.first) en.push(termSec(entry.first, 'admittedTerm-admn-sts', 'fullForm', 'First mention in an edition.'));
  if (entry.short) en.push(termSec(entry.short, 'admittedTerm-admn-sts', 'shortForm', 'Later mentions.'));
  for (const a of entry.accepted ?? []) en.push(termSec(a, 'admittedTerm-admn-sts', 'variant', 'Tolerated by the checker; never proposed.'));
  for (const f of entry.forbidden ?? []) en.push(termSec(f, 'deprecatedTerm-admn-sts', undefined, 'Do not use.'));
  const zh = [termSec(entry.zh, 'preferredTerm-admn-sts'), ...(entry.variants ?? []).map((v) => termSec(v, 'admittedTerm-admn-sts', 'variant'))];
  const concept: XmlNode = {
    '@_id': conceptId(entry.zh),
    descrip: [{ '@_type': 'subjectField', '#text': entry.kind }],
  };
  if (entry.note) concept.note = [entry.note];
  const { source } = entry;
  if (source && (source.title || source.publisher || source.date)) {
    const adminNote = (['publisher', 'date'] as const).filter((f) => source[f]).map((f) => ({ '@_type': f, '#text': source[f] }));
    concept.adminGrp = [{ admin: [{ '@_type': 'source', '#text': source.title ?? '' }], ...(adminNote.length ? { adminNote } : {}) }];
  }
  if (source?.url) concept.xref = [{ '@_type': 'externalCrossReference', '@_target': source.url, '#text': source.title ?? source.url }];
  concept.langSec = [
    { '@_xml:lang': 'zh-Hans', termSec: zh },
    { '@_xml:lang': 'en', termSec: en },
  ];
  return concept;
}
