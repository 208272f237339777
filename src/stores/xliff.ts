import { XMLBuilder } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { isHumanState, isUnitState, type UnitState } from '../model/unit.js';
import { parseStamp } from './exchange-stamp.js';
import type { ImportedPair } from './imported-pair.js';
import { attr, children, parseOrderedXml, textContent, type XmlElement } from './xml-ordered.js';

/**
 * XLIFF 1.2, not 2.0: OmegaT's built-in XLIFF filter and Trados Studio's standard XLIFF file type
 * read and write 1.2, while 2.0 needs plug-ins (Okapi filters in OmegaT) in both. duizhao's exact
 * state and origin travel as dz: attributes (extension namespace), which 1.2 tools keep.
 * Reading also accepts XLIFF 2.0 (unit/segment, state + subState).
 *
 * The export base (what the memory held for the unit: the hash sync writes in its edition markers)
 * travels as a dz:base attribute on <trans-unit>, not as a <note>: CAT tools show notes to
 * translators, who may edit or delete them, while an extension attribute (allowed on trans-unit by
 * XLIFF 1.2 §2.6) is invisible to them and written back unchanged by tools that rebuild the file
 * from its skeleton and replace only the targets (OmegaT's XLIFF filter, Trados Studio's XLIFF
 * file type, translate-toolkit's lxml store), the same way dz:state and dz:origin travel. A unit
 * that comes back without it is imported conservatively (see importXliff). The translator's note
 * for readers is a <note from="translator" annotates="target"> (glossary hits carry no annotates),
 * its hash as built a dz:footnote-base attribute, for the same reason.
 */
export const DZ_NAMESPACE = 'urn:duizhao:xliff:1';

export interface XliffUnit {
  id: string;
  source: string;
  target?: string;
  /** duizhao state: from dz:state when it agrees with the XLIFF state, else mapped from it. */
  state?: UnitState;
  origin?: string;
  /** The state duizhao exported (dz:state), whatever a tool later did to the XLIFF state. */
  exportedState?: UnitState;
  /** Hash of the state and English the memory held at export (dz:base; see segmentBase). */
  base?: string;
  notes: string[];
  /**
   * The translator's note printed as a footnote in the English edition: a <note from="translator"
   * annotates="target"> (XLIFF 2.0: appliesTo="target"), kept apart from `notes`.
   */
  footnote?: string;
  /** Hash of the translator's note at export (dz:footnote-base; absent when there was none). */
  footnoteBase?: string;
  /** Fuzzy memory suggestions, written as <alt-trans>; not read back. */
  alternatives?: Array<{ target: string; origin: string; score?: number }>;
}

export interface XliffDocument {
  /** Report slug. */
  report: string;
  /** Project-relative path of the report's zh.md. */
  original: string;
  sourceLang: string;
  units: XliffUnit[];
  /** When the newest memory entry the units show was written (ISO 8601): the PO-Revision-Date. */
  revised?: string;
}

const TO_XLIFF: Record<UnitState, string> = { empty: 'new', draft: 'needs-review-translation', translated: 'translated', reviewed: 'signed-off', approved: 'final' };
const FROM_XLIFF: Record<string, UnitState> = {
  new: 'empty', 'needs-translation': 'empty', 'needs-adaptation': 'draft', 'needs-l10n': 'draft', 'needs-review-adaptation': 'draft',
  'needs-review-l10n': 'draft', 'needs-review-translation': 'draft', translated: 'translated', 'signed-off': 'reviewed', final: 'approved',
  // XLIFF 2.0
  initial: 'empty', reviewed: 'reviewed',
};
const XLIFF2_FINAL: Record<string, UnitState> = { final: 'approved' };
const TO_XLIFF2: Record<UnitState, string> = { empty: 'initial', draft: 'initial', translated: 'translated', reviewed: 'reviewed', approved: 'final' };

export interface ExportXliffOptions {
  /**
   * Every <target> holds a copy of the Chinese, state="new" (Okapi Rainbow's "copy source to
   * target"): OmegaT 3.6's own XLIFF filter translates the text in <target>, not <source>, so a
   * target holding English would be offered to the translator as the text to translate. The
   * memory's English then reaches OmegaT through the project TMX (tm/auto).
   */
  copySource?: boolean;
}

/**
 * A human state (translated and up) is approved="yes": translate-toolkit, Pootle and Weblate count
 * every unit without it as fuzzy. The target's state tells translated from signed-off and final.
 */
export function exportXliff(doc: XliffDocument, options: ExportXliffOptions = {}): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  const xml = builder.build({
    xliff: {
      '@_version': '1.2', '@_xmlns': 'urn:oasis:names:tc:xliff:document:1.2', '@_xmlns:dz': DZ_NAMESPACE,
      file: {
        '@_original': doc.original, '@_source-language': doc.sourceLang, '@_target-language': 'en', '@_datatype': 'plaintext',
        '@_tool-id': 'duizhao', '@_dz:report': doc.report,
        header: { tool: { '@_tool-id': 'duizhao', '@_tool-name': 'duizhao', '@_tool-version': '0.1.0' } },
        body: { 'trans-unit': doc.units.map((u) => transUnit(u, options.copySource === true)) },
      },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

function transUnit(unit: XliffUnit, copySource: boolean): Record<string, unknown> {
  const state = unit.state ?? 'empty';
  const target = copySource ? { '@_state': 'new', '#text': unit.source }
    : unit.target !== undefined ? { '@_state': TO_XLIFF[state], '#text': unit.target } : undefined;
  return {
    '@_id': unit.id, '@_xml:space': 'preserve', ...(!copySource && unit.target !== undefined && isHumanState(state) ? { '@_approved': 'yes' } : {}),
    '@_dz:state': state, ...(unit.origin ? { '@_dz:origin': unit.origin } : {}),
    ...(unit.base ? { '@_dz:base': unit.base } : {}),
    ...(unit.footnoteBase ? { '@_dz:footnote-base': unit.footnoteBase } : {}),
    source: unit.source,
    ...(target ? { target } : {}),
    note: [
      ...unit.notes.map((n) => ({ '@_from': noteFrom(n), '#text': n })),
      ...(unit.footnote ? [{ '@_from': 'translator', '@_annotates': 'target', '#text': unit.footnote }] : []),
    ],
    'alt-trans': (unit.alternatives ?? []).map((alt) => ({
      ...(alt.score !== undefined ? { '@_match-quality': String(Math.floor(alt.score)) } : {}), '@_origin': alt.origin,
      target: { '@_xml:lang': 'en', '#text': alt.target },
    })),
  };
}

/**
 * Glossary hits are translator notes (translate-toolkit's xliff2po makes them `# ` translator
 * comments, as duizhao's PO export writes them); duizhao's own remarks are developer notes (`#.`).
 */
function noteFrom(note: string): string {
  return note.startsWith('glossary: ') ? 'translator' : 'developer';
}

/** Reads every <file> of an XLIFF 1.2 or 2.0 document. Malformed XML → InputError at line:column. */
export function parseXliff(xml: string, file = 'XLIFF'): XliffDocument[] {
  const doc = parseOrderedXml(xml, file, 'Fix the XML at that position, or export the report again with duizhao xliff export.');
  const root = children(doc, 'xliff')[0];
  if (!root) throw new InputError('xliff/not-xliff', `${file} is not an XLIFF file (no <xliff> root).`, { hint: 'Use a file written by duizhao xliff export.' });
  const v2 = (attr(root, 'version') ?? '').startsWith('2');
  return children(root, 'file').map((f) => {
    const original = attr(f, 'original') ?? '';
    const report = attr(f, 'dz:report') ?? /corpus\/([^/]+)\/zh\.md$/.exec(original)?.[1] ?? '';
    const units = v2 ? descend(f, 'unit').map(readUnit2) : descend(children(f, 'body')[0], 'trans-unit').filter((tu) => !isPoHeader(tu)).map(readUnit12);
    return { report, original, sourceLang: attr(f, 'source-language') ?? attr(root, 'srcLang') ?? '', units };
  });
}

/** The PO header as translate-toolkit's po2xliff writes it: a unit, but not text to translate. */
function isPoHeader(tu: XmlElement): boolean {
  return attr(tu, 'restype') === 'x-gettext-domain-header';
}

/** Elements named `name` under a node, through any <group> nesting. */
function descend(node: XmlElement | undefined, name: string): XmlElement[] {
  return children(node).flatMap((c) => (c[name] !== undefined ? [c] : c.group !== undefined ? descend(c, name) : []));
}

function readUnit12(tu: XmlElement): XliffUnit {
  const target = children(tu, 'target')[0];
  const all = children(tu, 'note');
  const notes = all.filter((n) => !isFootnote(n, 'annotates')).map((n) => textContent(n));
  // A unit po2xliff made from duizhao's PO export has no dz: attributes but carries the PO's stamp as a note.
  const stamp = notes.map(parseStamp).find(Boolean) ?? {};
  const exported = attr(tu, 'dz:state') ?? stamp.state;
  const base = attr(tu, 'dz:base') ?? stamp.base ?? '';
  const origin = attr(tu, 'dz:origin') ?? stamp.origin;
  const xliffState = attr(target, 'state');
  const mapped = xliffState ? FROM_XLIFF[xliffState] : target && attr(tu, 'approved') === 'yes' ? 'translated' : undefined;
  return {
    id: attr(tu, 'id') ?? '', source: textContent(children(tu, 'source')[0]),
    ...(target ? { target: textContent(target) } : {}),
    ...exactState(exported, mapped, TO_XLIFF),
    ...(origin ? { origin } : {}),
    ...(isUnitState(exported) ? { exportedState: exported } : {}),
    ...(/^[0-9a-f]+$/.test(base) ? { base } : {}),
    notes,
    ...footnoteOf(all, 'annotates', attr(tu, 'dz:footnote-base')),
  };
}

/** A translator's note for readers: a note on the target (1.2 annotates, 2.0 appliesTo). */
function isFootnote(note: XmlElement, on: 'annotates' | 'appliesTo'): boolean {
  return attr(note, on) === 'target';
}

function footnoteOf(notes: XmlElement[], on: 'annotates' | 'appliesTo', base: string | undefined): Pick<XliffUnit, 'footnote' | 'footnoteBase'> {
  const text = notes.filter((n) => isFootnote(n, on)).map((n) => textContent(n).trim()).filter(Boolean).join(' ');
  return { ...(text ? { footnote: text } : {}), ...(base && /^[0-9a-f]+$/.test(base) ? { footnoteBase: base } : {}) };
}

function readUnit2(unit: XmlElement): XliffUnit {
  const segments = children(unit).filter((c) => c.segment !== undefined || c.ignorable !== undefined);
  const part = (name: string): string => segments.map((s) => textContent(children(s, name)[0])).join('');
  const hasTarget = segments.some((s) => children(s, 'target').length > 0);
  const segment = segments.find((s) => s.segment !== undefined);
  const state = attr(segment, 'state');
  const sub = /^duizhao:(\w+)$/.exec(attr(segment, 'subState') ?? '')?.[1];
  const mapped = state ? (XLIFF2_FINAL[state] ?? FROM_XLIFF[state]) : undefined;
  const notes2 = children(children(unit, 'notes')[0], 'note');
  return {
    id: attr(unit, 'id') ?? '', source: part('source'), ...(hasTarget ? { target: part('target') } : {}),
    ...exactState(sub, mapped, TO_XLIFF2), notes: notes2.filter((n) => !isFootnote(n, 'appliesTo')).map((n) => textContent(n)),
    ...footnoteOf(notes2, 'appliesTo', undefined),
  };
}

/** duizhao's exact state when the XLIFF state still maps to it (a tool may have changed the state). */
function exactState(exact: string | undefined, mapped: UnitState | undefined, toXliff: Record<UnitState, string>): { state?: UnitState } {
  if (mapped === undefined) return {};
  return { state: isUnitState(exact) && toXliff[exact] === toXliff[mapped] ? exact : mapped };
}

/**
 * Source/target pairs of any XLIFF, for `duizhao memory import`. Units without Chinese (a PO header
 * po2xliff turned into a unit) are not pairs; a target that is still a copy of the Chinese is empty.
 */
export function xliffPairs(xml: string, file = 'XLIFF'): ImportedPair[] {
  return parseXliff(xml, file).flatMap((doc) =>
    doc.units.filter((u) => u.source.trim()).map((u) => ({
      zh: u.source, en: u.target?.trim() === u.source.trim() ? '' : (u.target ?? ''), at: `${file}: unit ${u.id}`,
      ...(u.state && u.state !== 'empty' ? { entry: { state: u.state, ...(u.origin ? { origin: u.origin } : {}) } } : {}),
    })));
}
