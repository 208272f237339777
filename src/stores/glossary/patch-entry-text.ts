import { isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml';
import { GLOSSARY_FIELDS, type GlossaryField } from '../../model/glossary-entry.js';
import { renderFieldValue } from './entry-node.js';

interface Edit {
  from: number;
  to: number;
  text: string;
}

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range ?? undefined;
const rank = (field: unknown): number => GLOSSARY_FIELDS.indexOf(field as GlossaryField);

/**
 * The file text with fields of entry `index` changed (undefined removes one). Only the bytes of
 * the changed fields are touched: comments, blank lines, quoting and the other entries stay.
 */
export function patchEntryText(text: string, index: number, patch: Partial<Record<GlossaryField, unknown>>): string {
  const doc = parseDocument(text);
  const map = isSeq(doc.contents) ? doc.contents.items[index] : undefined;
  if (!isMap(map)) throw new Error(`entry ${index} is not a mapping`);
  const pairs = map.items as Pair[];
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const lineAfter = (offset: number): number => {
    const nl = text.indexOf('\n', Math.max(0, offset - 1));
    return nl < 0 ? text.length : nl + 1;
  };
  const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : undefined);
  const pairEnd = (i: number): number => {
    const next = pairs[i + 1];
    if (next) return lineStart(rangeOf(next.key)![0]);
    const r = rangeOf(pairs[i]!.value) ?? rangeOf(pairs[i]!.key)!;
    return lineAfter(r[2]);
  };
  const indent = ' '.repeat(rangeOf(map)![0] - lineStart(rangeOf(map)![0]));
  const edits: Edit[] = [];
  for (const [field, value] of Object.entries(patch) as [GlossaryField, unknown][]) {
    const i = pairs.findIndex((p) => keyOf(p) === field);
    if (value === undefined) {
      if (i >= 0) edits.push({ from: lineStart(rangeOf(pairs[i]!.key)![0]), to: pairEnd(i), text: '' });
      continue;
    }
    const rendered = renderFieldValue(field, value);
    const valueRange = i >= 0 ? rangeOf(pairs[i]!.value) : undefined;
    if (i >= 0 && valueRange) {
      const old = text.slice(valueRange[0], valueRange[1]);
      edits.push({ from: valueRange[0], to: valueRange[1], text: old.endsWith('\n') ? `${rendered}\n` : rendered });
      continue;
    }
    if (i >= 0) {
      edits.push({ from: lineStart(rangeOf(pairs[i]!.key)![0]), to: pairEnd(i), text: `${indent}${field}: ${rendered}\n` });
      continue;
    }
    const next = pairs.findIndex((p) => rank(keyOf(p)) > rank(field));
    if (next === 0) {
      const at = rangeOf(pairs[0]!.key)![0];
      edits.push({ from: at, to: at, text: `${field}: ${rendered}\n${indent}` });
    } else {
      const at = next > 0 ? lineStart(rangeOf(pairs[next]!.key)![0]) : pairEnd(pairs.length - 1);
      edits.push({ from: at, to: at, text: `${indent}${field}: ${rendered}\n` });
    }
  }
  edits.sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
