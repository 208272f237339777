import gettextParser, { type PoData, type PoEntry } from 'gettext-parser';
import { InputError } from '../errors.js';
import { isHumanState, type UnitState } from '../model/unit.js';
import { formatStamp, parseStamp } from './exchange-stamp.js';
import type { XliffDocument, XliffUnit } from './xliff.js';

/**
 * One report as a gettext PO file, for Weblate, Pootle, poedit and translate-toolkit: msgctxt =
 * segment id, msgid = Chinese, msgstr = English. Drafts, and fuzzy memory matches offered where
 * the memory has no English, are `#, fuzzy`; glossary hits are translator comments; the state,
 * origin and base duizhao exported travel as an extracted comment (see exchange-stamp.ts), so
 * `duizhao po import` has the stale guard of `xliff import`. No dates: the same input gives the
 * same bytes.
 */
export function exportPo(doc: XliffDocument): string {
  const order = new Map(doc.units.map((u, i) => [u.id, i]));
  const translations: PoData['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const unit of doc.units) translations[unit.id] = { [unit.source]: poEntry(unit, doc.original) };
  const headers = {
    'Project-Id-Version': `duizhao ${doc.report}`, 'PO-Revision-Date': poDate(doc.revised), 'Last-Translator': 'duizhao', 'Language-Team': 'English', Language: 'en', 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit', 'Plural-Forms': 'nplurals=2; plural=(n != 1);', 'X-Source-Language': doc.sourceLang, 'X-Duizhao-Report': doc.report,
  };
  const rank = (e: PoEntry): number => (e.msgctxt === undefined ? -1 : (order.get(e.msgctxt) ?? 0));
  return gettextParser.po.compile({ charset: 'utf-8', headers, translations }, { sort: (a, b) => rank(a) - rank(b) }).toString('utf8').concat('\n');
}

/** ISO 8601 → gettext's `2025-03-02 09:30+0000`; the template placeholder when unknown. */
function poDate(iso: string | undefined): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso ?? '');
  return m ? `${m[1]} ${m[2]}+0000` : 'YEAR-MO-DA HO:MI+ZONE';
}

function poEntry(unit: XliffUnit, original: string): PoEntry {
  const suggestion = unit.target === undefined ? unit.alternatives?.[0] : undefined;
  const state = unit.state ?? 'empty';
  const glossary = unit.notes.filter((n) => n.startsWith('glossary: '));
  const other = unit.notes.filter((n) => !n.startsWith('glossary: '));
  const stamp = formatStamp({ state, ...(unit.origin ? { origin: unit.origin } : {}), ...(unit.base ? { base: unit.base } : {}), suggestion: suggestion !== undefined });
  return {
    msgctxt: unit.id, msgid: unit.source, msgstr: [unit.target ?? suggestion?.target ?? ''],
    comments: {
      ...(glossary.length ? { translator: glossary.join('\n') } : {}),
      extracted: [...other, stamp].join('\n'),
      ...(original ? { reference: original } : {}),
      ...(state === 'draft' || suggestion ? { flag: 'fuzzy' } : {}),
    },
  };
}

/**
 * Reads a PO file back as the units `duizhao po import` brings in: the report from the
 * X-Duizhao-Report header, each message's context as its id. A fuzzy msgstr is a draft; a fuzzy
 * memory match still marked fuzzy was not accepted, and counts as no English.
 */
export function parsePo(text: string, file = 'PO'): XliffDocument[] {
  let data: PoData;
  try {
    data = gettextParser.po.parse(text);
  } catch (error) {
    const line = (error as { lineNumber?: number }).lineNumber;
    throw new InputError('po/bad-po', `${file}${line ? `:${line}` : ''}: not a PO file: ${(error as Error).message}`, {
      cause: error, hint: 'Fix the file at that line (msgfmt --check shows the problems), or export the report again with duizhao po export.',
    });
  }
  const units = Object.values(data.translations).flatMap((context) => Object.values(context)).filter((e) => e.msgid !== '').map(poUnit);
  return [{ report: data.headers['X-Duizhao-Report'] ?? '', original: '', sourceLang: data.headers['X-Source-Language'] ?? '', units }];
}

function poUnit(entry: PoEntry): XliffUnit {
  const stamp = parseStamp(entry.comments?.extracted ?? '') ?? {};
  const fuzzy = (entry.comments?.flag ?? '').split(/[,\s]+/).includes('fuzzy');
  const text = entry.msgstr[0] ?? '';
  const target = text === '' || (fuzzy && stamp.suggestion) ? undefined : text;
  // As in XLIFF: the exported human state stands while the message is not fuzzy.
  const human = stamp.state && isHumanState(stamp.state) ? stamp.state : 'translated';
  const state: UnitState | undefined = target === undefined ? undefined : fuzzy ? 'draft' : human;
  return {
    id: entry.msgctxt ?? '', source: entry.msgid, ...(target !== undefined ? { target } : {}), ...(state ? { state } : {}),
    ...(stamp.state ? { exportedState: stamp.state } : {}), ...(stamp.origin ? { origin: stamp.origin } : {}), ...(stamp.base ? { base: stamp.base } : {}),
    notes: (entry.comments?.translator ?? '').split('\n').filter(Boolean),
  };
}
