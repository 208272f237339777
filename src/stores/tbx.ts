import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import type { GlossaryEntry, GlossarySource } from '../model/glossary-entry.js';
import { checkXml, parseCheckedXml } from './check-xml.js';
import { tbxConceptEntry, TBX_STATUS } from './glossary/tbx-concept.js';

const ARRAYS = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'termNote', 'descrip', 'admin', 'adminGrp', 'adminNote', 'note', 'xref']);

/** `tbx`: TBX-Basic in the 2008 <martif> dialect (ISO 30042:2008); `tbx-v3`: ISO 30042:2019, DCA style. */
export const TBX_FORMATS = ['tbx', 'tbx-v3'] as const;
export type TbxFormat = (typeof TBX_FORMATS)[number];

const DESCRIPTION = 'duizhao glossary: Chinese poverty-alleviation terminology and its English renderings';

/**
 * The glossary as TBX-Basic: one concept per entry; a zh-Hans language section with zh and its
 * variants; an en section with en, first, short and accepted as admitted terms and forbidden
 * renderings as deprecated terms (administrativeStatus), each with its note. The default is the
 * 2008 <martif> dialect (termEntry/langSet/tig), the one OmegaT 3.6 and translate-toolkit read (both
 * refuse the 2019 namespace); `tbx-v3` writes ISO 30042:2019 (conceptEntry/langSec/termSec).
 * Deterministic output.
 */
export function exportTbx(entries: readonly GlossaryEntry[], format: TbxFormat = 'tbx'): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  const concepts = entries.map(tbxConceptEntry);
  const root = format === 'tbx-v3'
    ? {
      tbx: {
        '@_type': 'TBX-Basic', '@_style': 'dca', '@_xml:lang': 'en', '@_xmlns': 'urn:iso:std:iso:30042:ed-2',
        tbxHeader: { fileDesc: { sourceDesc: { p: DESCRIPTION } } },
        text: { body: { conceptEntry: concepts } },
      },
    }
    : {
      martif: {
        '@_type': 'TBX-Basic', '@_xml:lang': 'en',
        martifHeader: { fileDesc: { sourceDesc: { p: DESCRIPTION } } },
        text: { body: { termEntry: concepts.map(toTermEntry) } },
      },
    };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}

/** A 2019 conceptEntry as a 2008 termEntry: the same children, langSec → langSet, termSec → tig. */
function toTermEntry(concept: XmlNode): XmlNode {
  const { langSec, ...rest } = concept;
  return { ...rest, langSet: (langSec as XmlNode[]).map(({ termSec, ...lang }) => ({ ...lang, tig: termSec })) };
}

type XmlNode = Record<string, unknown>;
const list = (node: unknown, name: string): XmlNode[] => ((node as XmlNode | undefined)?.[name] as XmlNode[] | undefined) ?? [];
const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as XmlNode)['#text'] ?? '') : String(node ?? ''));
const typed = (nodes: XmlNode[], type: string): XmlNode | undefined => nodes.find((n) => n['@_type'] === type);

/**
 * Reads TBX v3 (conceptEntry/langSec/termSec) or TBX v2 (termEntry/langSet/tig) written by
 * exportTbx or another tool. Entries are returned as found; the caller validates them.
 */
export function parseTbx(xml: string, file = 'TBX'): GlossaryEntry[] {
  const hint = 'Export the glossary again or fix the XML.';
  checkXml(xml, file, 'glossary/bad-tbx', hint);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, isArray: (name) => ARRAYS.has(name) });
  const doc = parseCheckedXml(() => parser.parse(xml) as XmlNode, file, 'glossary/bad-tbx', hint);
  const root = (doc.tbx ?? doc.martif) as XmlNode | undefined;
  const body = (root?.text as XmlNode | undefined)?.body;
  if (!root || body === undefined) throw new InputError('glossary/bad-tbx', `${file} is not a TBX file (no <tbx><text><body>).`, { hint: 'Use a TBX file exported by duizhao glossary export --format tbx.' });
  return [...list(body, 'conceptEntry'), ...list(body, 'termEntry')].map((concept, i) => readConcept(concept, `${file}: concept ${i + 1}`));
}

function readConcept(concept: XmlNode, where: string): GlossaryEntry {
  const langs = [...list(concept, 'langSec'), ...list(concept, 'langSet')];
  const lang = (prefix: string): XmlNode[] => langs.filter((l) => String(l['@_xml:lang'] ?? '').toLowerCase().startsWith(prefix)).flatMap((l) => [...list(l, 'termSec'), ...list(l, 'tig')]);
  const zh = lang('zh').map((t) => text(t.term));
  if (zh.length === 0) throw new InputError('glossary/bad-tbx', `${where} has no Chinese term.`, { hint: 'Each conceptEntry needs a langSec xml:lang="zh-Hans" with a term.' });
  const entry: Record<string, unknown> = { zh: zh[0] };
  if (zh.length > 1) entry.variants = zh.slice(1);
  const accepted: string[] = [];
  const forbidden: string[] = [];
  let status: GlossaryEntry['status'] | undefined;
  for (const term of lang('en')) {
    const notes = list(term, 'termNote');
    const admin = text(typed(notes, 'administrativeStatus')) || text(typed(notes, 'normativeAuthorization'));
    const termType = text(typed(notes, 'termType'));
    const value = text(term.term);
    if (/^deprecatedTerm/.test(admin)) forbidden.push(value);
    else if (termType === 'fullForm' && entry.first === undefined) entry.first = value;
    else if (termType === 'shortForm' && entry.short === undefined) entry.short = value;
    else if (entry.en === undefined && termType === '') {
      entry.en = value;
      status = (Object.entries(TBX_STATUS).find(([, s]) => admin.startsWith(s.replace(/-admn-sts$/, '')))?.[0] ?? 'proposed') as GlossaryEntry['status'];
    } else accepted.push(value);
  }
  if (accepted.length) entry.accepted = accepted;
  entry.kind = text(typed(list(concept, 'descrip'), 'subjectField')) || 'general';
  if (forbidden.length) entry.forbidden = forbidden;
  const note = list(concept, 'note')[0];
  if (note !== undefined) entry.note = text(note);
  const source = readSource(concept);
  if (source) entry.source = source;
  entry.status = status ?? 'proposed';
  return entry as unknown as GlossaryEntry;
}

function readSource(concept: XmlNode): GlossarySource | undefined {
  const group = list(concept, 'adminGrp').find((g) => typed(list(g, 'admin'), 'source'));
  const url = list(concept, 'xref').find((x) => x['@_type'] === 'externalCrossReference')?.['@_target'];
  if (!group && url === undefined) return undefined;
  const source: GlossarySource = {};
  const title = group ? text(typed(list(group, 'admin'), 'source')) : '';
  if (title) source.title = title;
  for (const field of ['publisher', 'date'] as const) {
    const value = group ? text(typed(list(group, 'adminNote'), field)) : '';
    if (value) source[field] = value;
  }
  if (url !== undefined) source.url = String(url);
  return source;
}
