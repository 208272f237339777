import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { GLOSSARY_FIELDS, GLOSSARY_KINDS, GLOSSARY_STATUSES } from '../../model/glossary-entry.js';
import { pathSegments, positionAt } from './locate-node.js';

const MISSING_HINTS: Record<string, string> = {
  zh: 'Add the Chinese term (Simplified) or remove the entry.',
  en: 'Add one or remove the entry.',
  kind: `Add kind: one of ${GLOSSARY_KINDS.join(', ')}.`,
  status: 'Add status: proposed (with a note), or approved (with a source).',
};

/** `entry "扶贫"`, or `entry 4` when the entry has no usable zh. */
export function entryLabel(value: unknown, index: number): string {
  const zh = (value as { zh?: unknown } | null)?.zh;
  return typeof zh === 'string' && zh.trim() ? `entry "${zh}"` : `entry ${index + 1}`;
}

/**
 * Turns ajv's errors for one file into diagnostics that say what is wrong, where
 * (`file:line:column` of the offending node) and how to fix it. One diagnostic per place.
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, doc: Document, counter: LineCounter, file: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    if (error.schemaPath.includes('/anyOf/')) continue;
    const path = pathSegments(error.instancePath);
    const problem = describe(error, path, data);
    const id = `${error.instancePath}|${problem.field ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const at = positionAt(doc, counter, problem.field ? [...path, problem.field] : path, problem.keyNode);
    out.push({ ruleId: problem.ruleId, severity: 'error', file, ...at, reason: problem.reason, hint: problem.hint });
  }
  return out;
}

interface Problem {
  ruleId: string;
  reason: string;
  hint: string;
  /** A property of the node at the path to point at instead (unknown field). */
  field?: string;
  keyNode?: boolean;
}

function describe(error: ErrorObject, path: (string | number)[], data: unknown): Problem {
  if (path.length === 0) {
    return { ruleId: 'glossary/not-a-list', reason: 'the file is not a list of entries.', hint: 'Start each entry with "- zh: …" at the left margin.' };
  }
  const index = Number(path[0]);
  const item = Array.isArray(data) ? data[index] : undefined;
  const label = entryLabel(item, index);
  const field = path.slice(1).join('.');
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      return { ruleId: `glossary/missing-${missing}`, reason: `${label} has no "${missing}" value.`, hint: MISSING_HINTS[missing] ?? 'Add it.' };
    }
    case 'additionalProperty':
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const allowed = path.length === 1 ? [...GLOSSARY_FIELDS] : ['title', 'publisher', 'date', 'url'];
      const guess = closest(name, allowed);
      const near = distance(name, guess) <= Math.max(2, Math.floor(name.length / 3));
      return {
        ruleId: 'glossary/unknown-field',
        reason: `${label} has an unknown field "${path.length > 1 ? `${field}.` : ''}${name}".`,
        hint: `${near ? `Did you mean "${guess}"? ` : ''}Allowed fields: ${allowed.join(', ')}.`,
        field: name,
        keyNode: true,
      };
    }
    case 'enum': {
      const allowed = field === 'kind' ? GLOSSARY_KINDS : GLOSSARY_STATUSES;
      return { ruleId: `glossary/bad-${field}`, reason: `${label} has ${field} "${String(value)}", which is not a glossary ${field}.`, hint: `Use one of: ${allowed.join(', ')}.` };
    }
    case 'uniqueItems':
      return { ruleId: 'glossary/repeated-item', reason: `${label} lists "${String((value as unknown[])[Number(error.params.j)])}" twice under "${field}".`, hint: 'Remove one of them.' };
    case 'anyOf':
      return { ruleId: 'glossary/bad-date', reason: `${label} has source date "${String(value)}".`, hint: 'Write the date as YYYY or YYYY-MM-DD.' };
    default:
      return valueProblem(error, label, field, value);
  }
}

function valueProblem(error: ErrorObject, label: string, field: string, value: unknown): Problem {
  if (field === '') return { ruleId: 'glossary/not-an-entry', reason: `${label} is not an entry.`, hint: 'Write it as a mapping with zh, en, kind and status.' };
  const empty = value === null || value === undefined || (typeof value === 'string' && !value.trim());
  if (empty) {
    const hint = MISSING_HINTS[field] ?? 'Fill it in or remove the field.';
    return { ruleId: `glossary/missing-${field.replace(/\..*$/, '')}`, reason: `${label} has no "${field}" value.`, hint };
  }
  if (error.keyword === 'type' && error.params.type === 'array') {
    return { ruleId: 'glossary/not-a-list', reason: `${label}: "${field}" must be a list.`, hint: `Write it as ${field}: [first, second].` };
  }
  if (error.keyword === 'pattern' && field === 'source.url') {
    return { ruleId: 'glossary/bad-url', reason: `${label} has source url "${String(value)}".`, hint: 'Use a full http:// or https:// address.' };
  }
  return { ruleId: 'glossary/bad-value', reason: `${label}: "${field}" ${error.message ?? 'is invalid'}.`, hint: 'See glossary/schema.json for the format.' };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = data;
  for (const s of path) value = (value as Record<string | number, unknown> | null | undefined)?.[s];
  return value;
}
