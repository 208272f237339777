import { Document, isCollection, Scalar } from 'yaml';
import { GLOSSARY_FIELDS, type GlossaryEntry, type GlossaryField } from '../../model/glossary-entry.js';

/** An entry as plain data in canonical field order, without its origin. */
export function plainEntry(entry: GlossaryEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of GLOSSARY_FIELDS) if (entry[field] !== undefined) out[field] = entry[field];
  return out;
}

/**
 * One field's value as a single line of YAML, in the glossary's house style (the agreed example):
 * lists as `[a, b]`, the source as `{ title: …, date: … }`, text plain unless it needs quotes.
 */
export function renderFieldValue(field: GlossaryField, value: unknown): string {
  const doc = new Document(value);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  if (doc.contents instanceof Scalar && typeof value === 'string' && /[\n\r]/.test(value)) doc.contents.type = 'QUOTE_DOUBLE';
  const map = field === 'source';
  return doc.toString({ lineWidth: 0, flowCollectionPadding: map }).trimEnd();
}

/** The YAML text of one list item (`- zh: …`), with a trailing newline. */
export function entryItemText(entry: GlossaryEntry): string {
  const lines = Object.entries(plainEntry(entry)).map(([field, value], i) =>
    `${i === 0 ? '- ' : '  '}${field}: ${renderFieldValue(field as GlossaryField, value)}`);
  return `${lines.join('\n')}\n`;
}
