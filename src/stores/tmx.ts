import { XMLBuilder } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import type { MemoryEntry } from '../model/memory-entry.js';
import { isUnitState } from '../model/unit.js';
import { detectScript } from '../text/script.js';
import { keyHash, segmentKey } from '../text/segment-key.js';
import type { ImportedPair } from './imported-pair.js';
import { attr, children, first, parseOrderedXml, textContent, type XmlElement } from './xml-ordered.js';

/**
 * The memory as TMX 1.4b: one <tu> per entry (tuid = key hash), duizhao's fields as x- props, dates
 * in TMX form, the Chinese tuv tagged zh-Hans or zh-Hant by its script. Where a field does not fit
 * TMX exactly (milliseconds in a date, a key that is not the source's normalised form) an extra
 * prop keeps it, so export → import gives back identical entries. Deterministic output.
 * srclang is the memory's source language, zh-Hans, also when some units are Traditional (their
 * tuv keeps zh-Hant): `*all*` made OmegaT warn and translate-toolkit take English as the source.
 */
/** The memory's source language. */
export const SOURCE_LANG = 'zh-Hans';

export function exportTmx(entries: readonly MemoryEntry[]): string {
  const tus = entries.map(tmxUnit);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  const xml = builder.build({
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'duizhao', '@_creationtoolversion': '0.1.0', '@_segtype': 'sentence', '@_o-tmf': 'duizhao-jsonl',
        '@_adminlang': 'en', '@_srclang': SOURCE_LANG, '@_datatype': 'plaintext',
      },
      body: { tu: tus },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

function tmxUnit(entry: MemoryEntry): Record<string, unknown> {
  const lang = `zh-${detectScript(entry.source)}`;
  const props: Array<[string, string]> = [['x-state', entry.state], ['x-origin', entry.origin], ['x-reports', entry.reports.join(' ')]];
  if (entry.key !== segmentKey(entry.source)) props.push(['x-key', entry.key]);
  if (fromTmxDate(toTmxDate(entry.created)) !== entry.created) props.push(['x-created', entry.created]);
  if (fromTmxDate(toTmxDate(entry.updated)) !== entry.updated) props.push(['x-updated', entry.updated]);
  for (const flag of entry.flags ?? []) props.push(['x-flag', flag]);
  if (entry.footnote !== undefined) props.push(['x-footnote', entry.footnote]);
  return {
    '@_tuid': keyHash(entry.key),
    '@_creationdate': toTmxDate(entry.created),
    '@_changedate': toTmxDate(entry.updated),
    prop: props.map(([type, value]) => ({ '@_type': type, '#text': value })),
    ...(entry.note !== undefined ? { note: entry.note } : {}),
    tuv: [
      { '@_xml:lang': lang, seg: entry.source },
      { '@_xml:lang': 'en', seg: entry.target },
    ],
  };
}

/** ISO 8601 → TMX's YYYYMMDDThhmmssZ (UTC, whole seconds). */
export function toTmxDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** TMX date → ISO 8601, or undefined when it is not in TMX form. */
export function fromTmxDate(tmx: string | undefined): string | undefined {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(tmx ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined;
}

/**
 * Reads any TMX 1.4 (duizhao's own, OmegaT, Trados…): per <tu>, the first zh* and en* variants,
 * the text of their <seg> without inline markup, notes, and duizhao's props where present.
 */
export function parseTmx(xml: string, file = 'TMX'): ImportedPair[] {
  const doc = parseOrderedXml(xml, file, 'Export the memory again, or fix the XML at that position.');
  const body = first(children(first(children(doc, 'tmx')), 'body'));
  if (!body) throw new InputError('memory/bad-tmx', `${file} is not a TMX file (no <tmx><body>).`, { hint: 'Use a TMX 1.4 file.' });
  return children(body, 'tu').map((tu, i) => readTu(tu, `${file}: <tu> ${i + 1}${attr(tu, 'tuid') ? ` (tuid ${attr(tu, 'tuid')})` : ''}`));
}

function readTu(tu: XmlElement, at: string): ImportedPair {
  const tuvs = children(tu, 'tuv');
  const seg = (prefix: string): string | undefined => {
    const tuv = tuvs.find((t) => (attr(t, 'xml:lang') ?? attr(t, 'lang') ?? '').toLowerCase().startsWith(prefix));
    return tuv ? textContent(first(children(tuv, 'seg'))) : undefined;
  };
  const props = new Map<string, string[]>();
  for (const prop of children(tu, 'prop')) {
    const type = attr(prop, 'type') ?? '';
    props.set(type, [...(props.get(type) ?? []), textContent(prop)]);
  }
  const prop = (type: string): string | undefined => props.get(type)?.[0];
  const notes = children(tu, 'note').map((n) => textContent(n));
  const state = prop('x-state');
  const created = prop('x-created') ?? fromTmxDate(attr(tu, 'creationdate'));
  const updated = prop('x-updated') ?? fromTmxDate(attr(tu, 'changedate'));
  const reports = prop('x-reports');
  const flags = props.get('x-flag');
  const entry: ImportedPair['entry'] = {
    ...(isUnitState(state) ? { state } : {}),
    ...(prop('x-origin') ? { origin: prop('x-origin')! } : {}),
    ...(prop('x-key') ? { key: prop('x-key')! } : {}),
    ...(reports !== undefined ? { reports: reports.split(/\s+/).filter(Boolean) } : {}),
    ...(created ? { created } : {}),
    ...(updated ? { updated } : {}),
    ...(flags ? { flags } : {}),
    ...(prop('x-footnote') ? { footnote: prop('x-footnote')! } : {}),
  };
  return { zh: seg('zh') ?? '', en: seg('en') ?? '', at, ...(notes.length ? { note: notes.join('\n') } : {}), entry };
}
