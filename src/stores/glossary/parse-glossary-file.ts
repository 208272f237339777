import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { findUnresolvedAlias } from '../find-unresolved-alias.js';
import { GLOSSARY_FIELDS, type GlossaryEntry } from '../../model/glossary-entry.js';
import { positionAt, positionOf, type Position } from './locate-node.js';
import { validateGlossaryValue } from './glossary-schema.js';
import { schemaProblems } from './schema-problems.js';

/** An entry with where its parts are written, for messages that name both places of a clash. */
export interface LocatedEntry {
  entry: GlossaryEntry;
  file: string;
  /** Index of the entry in its file. */
  index: number;
  at: Position;
  zhAt: Position;
  variantsAt: Position[];
  forbiddenAt: Position[];
}

export interface ParsedGlossaryFile {
  file: string;
  doc: Document;
  entries: LocatedEntry[];
  diagnostics: Diagnostic[];
}

/**
 * Parses one glossary file (`file` is its project-relative path) and checks it against the
 * schema. Entries come back only when the whole file is valid, so nothing is half-loaded.
 */
export function parseGlossaryFile(text: string, file: string): ParsedGlossaryFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings].map((e): Diagnostic => {
    const { line, col } = counter.linePos(e.pos[0]);
    const severity = doc.errors.includes(e) ? 'error' : 'warning';
    const reason = `YAML ${severity === 'error' ? 'syntax error' : 'warning'}: ${e.message.split('\n')[0]!.replace(/[.:]?$/, '.')}`;
    return { ruleId: 'glossary/yaml-syntax', severity, file, line, column: col, reason, hint: 'Check indentation, colons and quotes.' };
  });
  if (doc.errors.length > 0) return { file, doc, entries: [], diagnostics: syntax };
  const alias = findUnresolvedAlias(doc, text);
  if (alias) {
    const reason = `the alias *${alias.alias} refers to no anchor (&${alias.alias}) above it.`;
    return { file, doc, entries: [], diagnostics: [...syntax, { ruleId: 'glossary/yaml-syntax', severity: 'error', file, line: alias.line, column: 1, reason, hint: 'Write the value itself.' }] };
  }
  const data: unknown = doc.toJS() ?? [];
  const problems = schemaProblems(validateGlossaryValue(data), data, doc, counter, file);
  if (problems.length > 0) return { file, doc, entries: [], diagnostics: [...syntax, ...problems] };
  const entries = (data as Record<string, unknown>[]).map((value, index) => {
    const entry = toGlossaryEntry(value, { file, line: positionAt(doc, counter, [index]).line });
    const variantsAt = (entry.variants ?? []).map((_, i) => positionAt(doc, counter, [index, 'variants', i]));
    const forbiddenAt = (entry.forbidden ?? []).map((_, i) => positionAt(doc, counter, [index, 'forbidden', i]));
    const at = positionOf(doc.getIn([index], true) as never, counter);
    return { entry, file, index, at, zhAt: positionAt(doc, counter, [index, 'zh']), variantsAt, forbiddenAt };
  });
  return { file, doc, entries, diagnostics: syntax };
}

/** A schema-valid value as a GlossaryEntry with fields in the canonical order (dates as text). */
export function toGlossaryEntry(value: Record<string, unknown>, origin?: GlossaryEntry['origin']): GlossaryEntry {
  const out: Record<string, unknown> = {};
  for (const field of GLOSSARY_FIELDS) {
    const v = value[field];
    if (v === undefined || v === null) continue;
    if (field === 'source') {
      const source = { ...(v as Record<string, unknown>) };
      if (typeof source.date === 'number') source.date = String(source.date);
      out.source = source;
    } else out[field] = Array.isArray(v) ? [...(v as unknown[])] : v;
  }
  if (origin) out.origin = origin;
  return out as unknown as GlossaryEntry;
}
